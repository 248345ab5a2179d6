import { describe, expect, it } from 'vitest';
import { monthlyQuotas, monthsIn, periodQuotas } from './quota';

describe('quota periods', () => {
  it('counts whole months, quarters, part-months and leap Februaries by their days', () => {
    expect(monthsIn({ from: '2026-11-01', to: '2026-11-30' })).toBe(1);
    expect(monthsIn({ from: '2026-01-01', to: '2026-03-31' })).toBe(3);
    expect(monthsIn({ from: '2026-06-01', to: '2026-06-15' })).toBe(0.5);
    expect(monthsIn({ from: '2028-02-01', to: '2028-02-29' })).toBe(1);
    expect(monthsIn({ from: '2026-01-16', to: '2026-02-14' })).toBeCloseTo(16 / 31 + 14 / 28, 3);
    expect(monthsIn({ from: '2026-12-01', to: '2027-11-30' })).toBe(12);
  });
  it('is zero for an empty or unreadable period', () => {
    expect(monthsIn({ from: '2026-05-02', to: '2026-05-01' })).toBe(0);
    expect(monthsIn({ from: '', to: '2026-05-01' })).toBe(0);
  });
  it('scales monthly quotas to the period and leaves out keys without one', () => {
    const monthly = new Map([
      ['u-li', 100_000],
      ['u-chen', 0],
    ]);
    expect(periodQuotas(monthly, { from: '2026-01-01', to: '2026-03-31' })).toEqual({ 'u-li': 300_000 });
  });
});

describe('monthlyQuotas', () => {
  it('reads the targets of users or departments, skipping trashed ones and those without a target', () => {
    const settings = [
      { id: 'u-li', kind: 'user', data: { name: 'Li', monthlyQuota: 80_000 } },
      {
        id: 'u-old',
        kind: 'user',
        data: { name: 'Old', monthlyQuota: 1 },
        trashedAt: '2026-01-01T00:00:00.000Z',
      },
      { id: 'u-chen', kind: 'user', data: { name: 'Chen' } },
      { id: 'd-1', kind: 'department', data: { name: 'Europe', monthlyQuota: 500_000 } },
    ];
    expect([...monthlyQuotas(settings, 'user')]).toEqual([['u-li', 80_000]]);
    expect([...monthlyQuotas(settings, 'department')]).toEqual([['d-1', 500_000]]);
  });
});
