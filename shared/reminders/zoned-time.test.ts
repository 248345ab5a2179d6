import { describe, expect, it } from 'vitest';
import { addDays, isValidTimeZone, localDate, localMinutes, parseTime, zonedInstant } from './zoned-time';

describe('zoned time', () => {
  it('places a local 09:00 at the right instant on both sides of a DST change', () => {
    expect(zonedInstant('2026-03-28', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T08:00:00.000Z',
    );
    expect(zonedInstant('2026-03-29', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    expect(zonedInstant('2026-11-01', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-11-01T14:00:00.000Z',
    );
    expect(zonedInstant('2026-10-31', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-10-31T13:00:00.000Z',
    );
    expect(zonedInstant('2026-06-01', '09:00', 'Asia/Shanghai').toISOString()).toBe(
      '2026-06-01T01:00:00.000Z',
    );
  });

  it('moves a time inside the spring-forward gap to just after it', () => {
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('reads the local date and time of an instant', () => {
    const t = new Date('2026-03-31T17:30:00.000Z');
    expect(localDate(t, 'Asia/Shanghai')).toBe('2026-04-01');
    expect(localDate(t, 'America/Los_Angeles')).toBe('2026-03-31');
    expect(localMinutes(t, 'Asia/Shanghai')).toBe(90);
  });

  it('adds calendar days across month, year and DST boundaries', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-01-03', -7)).toBe('2025-12-27');
    expect(addDays('2026-04-05', -7)).toBe('2026-03-29');
  });

  it('rejects bad zones, dates and times, naming the field', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(/timeZone/);
    expect(() => zonedInstant('2026-02-30', '09:00', 'UTC')).toThrow(/date/);
    expect(() => parseTime('24:00')).toThrow(/time/);
    expect(() => parseTime('9:00', 'quietHours.end')).toThrow(/quietHours.end/);
  });
});
