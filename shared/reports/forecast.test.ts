import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { weightedForecast } from './forecast';

const rates = { base: 'CNY', rateToBase: { USD: 7, EUR: 8 } };
const o = (p: Partial<Opportunity>): Opportunity => ({ ...validDocs.opportunities, ...p });
const opps = [
  o({
    id: 'o1',
    ownerId: 'u-li',
    departmentId: 'd-1',
    amount: 1000,
    currency: 'USD',
    probability: 50,
    expectedCloseDate: '2026-06-10',
  }),
  o({
    id: 'o2',
    ownerId: 'u-li',
    departmentId: 'd-1',
    amount: 1000,
    currency: 'EUR',
    probability: 10,
    expectedCloseDate: '2026-07-01',
  }),
  o({
    id: 'o3',
    ownerId: 'u-wang',
    departmentId: 'd-2',
    amount: 10000,
    currency: 'CNY',
    probability: 60,
    expectedCloseDate: '2026-06-30',
    kind: 'project',
  }),
  o({ id: 'o4', ownerId: 'u-wang', amount: 99999, currency: 'CNY', status: 'won' }),
  o({ id: 'o5', ownerId: 'u-wang', amount: 99999, currency: 'CNY', trashedAt: '2026-01-01T00:00:00.000Z' }),
];

describe('weightedForecast', () => {
  it('sums amount × probability per rep in the company currency, open deals only', () => {
    const f = weightedForecast(opps, { groupBy: 'owner', scope: 'both', rates });
    expect(f.rows.map((r) => [r.key, r.count, r.amount, r.weighted])).toEqual([
      ['u-li', 2, 15000, 4300],
      ['u-wang', 1, 10000, 6000],
    ]);
    expect(f.rows[0]!.byCurrency).toEqual({
      USD: { amount: 1000, weighted: 500 },
      EUR: { amount: 1000, weighted: 100 },
    });
    expect(f.total).toMatchObject({ count: 3, amount: 25000, weighted: 10300 });
    expect(f.missingRates).toEqual([]);
  });

  it('groups per department and per expected-close month', () => {
    expect(
      weightedForecast(opps, { groupBy: 'department', scope: 'both', rates }).rows.map((r) => [
        r.key,
        r.weighted,
      ]),
    ).toEqual([
      ['d-1', 4300],
      ['d-2', 6000],
    ]);
    expect(
      weightedForecast(opps, { groupBy: 'month', scope: 'both', rates }).rows.map((r) => [r.key, r.weighted]),
    ).toEqual([
      ['2026-06', 9500],
      ['2026-07', 800],
    ]);
  });

  it('includes ordinary, project or both, and filters by close date range', () => {
    expect(weightedForecast(opps, { groupBy: 'owner', scope: 'ordinary', rates }).total.weighted).toBe(4300);
    expect(weightedForecast(opps, { groupBy: 'owner', scope: 'project', rates }).total.weighted).toBe(6000);
    expect(
      weightedForecast(opps, { groupBy: 'owner', scope: 'both', rates, from: '2026-06-15', to: '2026-06-30' })
        .total.count,
    ).toBe(1);
  });

  it('lists currencies without a rate instead of guessing', () => {
    const f = weightedForecast([...opps, o({ id: 'o6', amount: 500, currency: 'JPY', probability: 100 })], {
      groupBy: 'owner',
      scope: 'both',
      rates,
    });
    expect(f.missingRates).toEqual(['JPY']);
    expect(f.total.weighted).toBe(10300);
    expect(f.total.count).toBe(4);
    expect(f.total.byCurrency.JPY).toEqual({ amount: 500, weighted: 500 });
  });
});
