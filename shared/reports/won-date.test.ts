import { describe, expect, it } from 'vitest';
import { inRange, wonDate } from './won-date';

describe('wonDate', () => {
  it('is the local date of closedAt in the company zone', () => {
    expect(
      wonDate({ closedAt: '2026-04-30T17:00:00.000Z', expectedCloseDate: '2026-06-30' }, 'Asia/Shanghai'),
    ).toBe('2026-05-01');
    expect(
      wonDate({ closedAt: '2026-04-30T17:00:00.000Z', expectedCloseDate: '2026-06-30' }, 'Europe/London'),
    ).toBe('2026-04-30');
  });

  it('falls back to the expected close date, and ranges are inclusive', () => {
    expect(wonDate({ expectedCloseDate: '2026-06-30' }, 'UTC')).toBe('2026-06-30');
    expect(inRange('2026-06-30', { from: '2026-06-01', to: '2026-06-30' })).toBe(true);
    expect(inRange('2026-07-01', { from: '2026-06-01', to: '2026-06-30' })).toBe(false);
  });
});
