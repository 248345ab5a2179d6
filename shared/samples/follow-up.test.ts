import { describe, expect, it } from 'vitest';
import { addDays, defaultFollowUpDate } from './follow-up';

describe('follow-up date', () => {
  it('is the ship date plus ten days by default, across month and year ends', () => {
    expect(defaultFollowUpDate('2026-04-20')).toBe('2026-04-30');
    expect(defaultFollowUpDate('2026-04-25')).toBe('2026-05-05');
    expect(defaultFollowUpDate('2026-12-28')).toBe('2027-01-07');
    expect(defaultFollowUpDate('2026-04-20', 3)).toBe('2026-04-23');
  });

  it('handles leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('refuses a malformed date, naming the field', () => {
    expect(() => addDays('20/04/2026', 10)).toThrow(/date: must be YYYY-MM-DD/);
  });
});
