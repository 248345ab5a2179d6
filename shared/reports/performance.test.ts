import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { salesPerformance } from './performance';

const rates = { base: 'CNY', rateToBase: { USD: 7 } };
const won = (
  id: string,
  ownerId: string,
  amount: number,
  closedAt: string,
  currency = 'CNY',
): Opportunity => ({
  ...validDocs.opportunities,
  id,
  ownerId,
  amount,
  currency,
  status: 'won',
  closedAt,
});
const opps = [
  won('o1', 'u-li', 1000, '2026-05-10T02:00:00.000Z', 'USD'),
  won('o2', 'u-li', 3000, '2026-04-30T17:00:00.000Z'), // 05-01 01:00 in Shanghai: counts for May
  won('o3', 'u-li', 5000, '2025-05-15T00:00:00.000Z'),
  won('o4', 'u-wang', 2000, '2025-05-20T00:00:00.000Z'),
  { ...won('o5', 'u-wang', 9999, '2026-05-10T00:00:00.000Z'), status: 'open' as const },
];
const options = {
  groupBy: 'owner' as const,
  period: { from: '2026-05-01', to: '2026-05-31' },
  previous: { from: '2025-05-01', to: '2025-05-31' },
  quotas: { 'u-li': 20000, 'u-zhao': 5000 },
  rates,
  tz: 'Asia/Shanghai',
};

describe('salesPerformance', () => {
  it('sums won amounts in the period, local dates, company currency', () => {
    const { rows } = salesPerformance(opps, options);
    expect(rows.find((r) => r.key === 'u-li')).toEqual({
      key: 'u-li',
      wonCount: 2,
      wonAmount: 10000,
      previousAmount: 5000,
      growth: 1,
      quota: 20000,
      completion: 0.5,
    });
  });

  it('shows a rep with only last period (−100%) and one with only a quota', () => {
    const { rows } = salesPerformance(opps, options);
    expect(rows.find((r) => r.key === 'u-wang')).toMatchObject({
      wonAmount: 0,
      previousAmount: 2000,
      growth: -1,
      completion: null,
    });
    expect(rows.find((r) => r.key === 'u-zhao')).toMatchObject({ wonAmount: 0, completion: 0, growth: null });
  });

  it('counts by local date: in UTC the same deal falls in April', () => {
    const { rows } = salesPerformance(opps, { ...options, tz: 'UTC' });
    expect(rows.find((r) => r.key === 'u-li')!.wonAmount).toBe(7000);
  });

  it('groups per department and reports missing rates', () => {
    const r = salesPerformance([...opps, won('o6', 'u-li', 1, '2026-05-02T00:00:00.000Z', 'EUR')], {
      ...options,
      groupBy: 'department',
      quotas: {},
    });
    expect(r.rows.map((x) => [x.key, x.wonAmount])).toEqual([['d-1', 10000]]);
    expect(r.missingRates).toEqual(['EUR']);
  });
});
