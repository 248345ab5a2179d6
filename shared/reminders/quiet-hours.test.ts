import { describe, expect, it } from 'vitest';
import { applyQuietHours } from './quiet-hours';

const night = { start: '22:00', end: '07:00' };
const at = (iso: string, tz: string, quiet = night) =>
  applyQuietHours(new Date(iso), quiet, tz).toISOString();

describe('applyQuietHours', () => {
  it('moves a reminder due in the evening part to the next morning', () => {
    // 23:30 in Shanghai (UTC+8) → 07:00 next day.
    expect(at('2026-05-04T15:30:00.000Z', 'Asia/Shanghai')).toBe('2026-05-04T23:00:00.000Z');
  });

  it('moves one due in the early morning to the same morning, and leaves the boundaries right', () => {
    expect(at('2026-05-04T22:59:00.000Z', 'Asia/Shanghai')).toBe('2026-05-04T23:00:00.000Z'); // 06:59 → 07:00
    expect(at('2026-05-04T23:00:00.000Z', 'Asia/Shanghai')).toBe('2026-05-04T23:00:00.000Z'); // 07:00 stays
    expect(at('2026-05-04T13:59:00.000Z', 'Asia/Shanghai')).toBe('2026-05-04T13:59:00.000Z'); // 21:59 stays
    expect(at('2026-05-04T14:00:00.000Z', 'Asia/Shanghai')).toBe('2026-05-04T23:00:00.000Z'); // 22:00 moves
  });

  it('ends quiet hours at local 07:00 across the spring-forward night', () => {
    // 23:00 CET on 28 March → 07:00 CEST on 29 March = 05:00Z (not 06:00Z).
    expect(at('2026-03-28T22:00:00.000Z', 'Europe/Berlin')).toBe('2026-03-29T05:00:00.000Z');
    // and across the autumn night: 07:00 CET on 25 October = 06:00Z.
    expect(at('2026-10-24T21:00:00.000Z', 'Europe/Berlin')).toBe('2026-10-25T06:00:00.000Z');
  });

  it('handles daytime quiet hours and none', () => {
    expect(at('2026-05-04T04:30:00.000Z', 'Asia/Shanghai', { start: '12:00', end: '13:30' })).toBe(
      '2026-05-04T05:30:00.000Z',
    );
    expect(at('2026-05-04T04:30:00.000Z', 'Asia/Shanghai', { start: '12:00', end: '12:00' })).toBe(
      '2026-05-04T04:30:00.000Z',
    );
    expect(applyQuietHours(new Date('2026-05-04T04:30:00.000Z'), undefined, 'UTC').toISOString()).toBe(
      '2026-05-04T04:30:00.000Z',
    );
  });

  it('rejects a bad quiet-hours time, naming the field', () => {
    expect(() => at('2026-05-04T04:30:00.000Z', 'UTC', { start: '22:00', end: '7' })).toThrow(
      /quietHours.end/,
    );
  });
});
