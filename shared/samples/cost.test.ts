import { describe, expect, it } from 'vitest';
import { rollUpCost, sampleCost } from './cost';

const line = (quantity: number, unitCost: number, charged = false) => ({
  name: 'X',
  productId: '',
  quantity,
  unitCost,
  charged,
});
const rates = { base: 'CNY', rateToBase: { USD: 7.2 } };

describe('sample cost', () => {
  it('sums every line and the charged ones apart', () => {
    expect(sampleCost([line(2, 35.5), line(2, 40), line(1, 100, true)])).toEqual({ cost: 251, charged: 100 });
  });

  it('rolls up per opportunity in the base currency, skipping trashed samples and other records', () => {
    const samples = [
      { opportunityId: 'opp-1', accountId: 'acc-1', currency: 'CNY', lines: [line(2, 50)] },
      { opportunityId: 'opp-1', accountId: 'acc-1', currency: 'USD', lines: [line(1, 10, true)] },
      {
        opportunityId: 'opp-1',
        accountId: 'acc-1',
        currency: 'CNY',
        lines: [line(9, 9)],
        trashedAt: '2026-01-01T00:00:00Z',
      },
      { opportunityId: 'opp-2', accountId: 'acc-1', currency: 'CNY', lines: [line(1, 30)] },
    ];
    expect(rollUpCost(samples, { opportunityId: 'opp-1' }, rates)).toEqual({
      currency: 'CNY',
      cost: 172,
      charged: 72,
      net: 100,
      samples: 2,
      missingRates: [],
    });
    expect(rollUpCost(samples, { accountId: 'acc-1' }, rates).cost).toBe(202);
  });

  it('lists currencies without a rate instead of guessing', () => {
    const r = rollUpCost(
      [{ opportunityId: 'o', accountId: '', currency: 'EUR', lines: [line(1, 10)] }],
      { opportunityId: 'o' },
      rates,
    );
    expect(r).toMatchObject({ cost: 0, samples: 0, missingRates: ['EUR'] });
  });
});
