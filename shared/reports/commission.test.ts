import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { commissionFor, commissionReport } from './commission';

const rule = { base: 1000, rate: 0, bonus: 0 };
const won = (p: Partial<Opportunity>): Opportunity => ({
  ...validDocs.opportunities,
  status: 'won',
  closedAt: '2026-05-10T00:00:00.000Z',
  ...p,
});

describe('commissionFor', () => {
  it('follows the brief: base 1000 × difficulty 2.5 = 2500', () => {
    expect(commissionFor(won({ difficulty: 2.5 }), rule)).toEqual({
      basePart: 2500,
      ratePart: 0,
      bonus: 0,
      total: 2500,
    });
  });

  it('scales an easy deal below the base and adds rate × amount and the bonus', () => {
    const c = commissionFor(
      won({ difficulty: 0.8, amount: 10000, currency: 'USD' }),
      { base: 1000, rate: 0.01, bonus: 300 },
      { base: 'CNY', rateToBase: { USD: 7 } },
    );
    expect(c).toEqual({ basePart: 800, ratePart: 700, bonus: 300, total: 1800 });
  });

  it('pays nothing for a deal that is not won', () => {
    for (const status of ['open', 'lost', 'expired'] as const)
      expect(commissionFor(won({ status, difficulty: 2 }), { base: 1000, rate: 0.1, bonus: 50 }).total).toBe(
        0,
      );
  });

  it('flags a currency without a rate and leaves its rate part at 0', () => {
    const c = commissionFor(
      won({ difficulty: 1, amount: 100, currency: 'JPY' }),
      { base: 10, rate: 0.5, bonus: 0 },
      { base: 'CNY', rateToBase: {} },
    );
    expect(c).toEqual({ basePart: 10, ratePart: 0, bonus: 0, total: 10, missingRate: 'JPY' });
  });
});

describe('commissionReport', () => {
  it('sums commission per rep for deals won in the period', () => {
    const opps = [
      won({ id: 'o1', ownerId: 'u-wang', difficulty: 2.5, amount: 1000, currency: 'CNY' }),
      won({ id: 'o2', ownerId: 'u-li', difficulty: 1, amount: 2000, currency: 'CNY' }),
      won({ id: 'o3', ownerId: 'u-li', difficulty: 0.5, amount: 100, currency: 'EUR' }),
      won({ id: 'o4', ownerId: 'u-li', difficulty: 5, closedAt: '2026-06-01T00:00:00.000Z' }),
      won({ id: 'o5', ownerId: 'u-li', difficulty: 5, status: 'open' }),
    ];
    const r = commissionReport(
      opps,
      { base: 1000, rate: 0.1, bonus: 100 },
      { period: { from: '2026-05-01', to: '2026-05-31' }, rates: { base: 'CNY', rateToBase: {} }, tz: 'UTC' },
    );
    expect(r.rows).toEqual([
      { ownerId: 'u-li', deals: 2, basePart: 1500, ratePart: 200, bonus: 200, total: 1900 },
      { ownerId: 'u-wang', deals: 1, basePart: 2500, ratePart: 100, bonus: 100, total: 2700 },
    ]);
    expect(r.missingRates).toEqual(['EUR']);
  });
});
