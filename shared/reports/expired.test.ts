import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { expiredReport } from './expired';

const rates = { base: 'CNY', rateToBase: { USD: 7 } };
const o = (p: Partial<Opportunity>): Opportunity => ({
  ...validDocs.opportunities,
  amount: 100,
  currency: 'CNY',
  ...p,
});
const opps = [
  o({ id: 'o1', ownerId: 'u-li', status: 'expired', expectedCloseDate: '2026-04-01', currency: 'USD' }),
  o({ id: 'o2', ownerId: 'u-li', status: 'open', expectedCloseDate: '2026-04-30' }),
  o({ id: 'o3', ownerId: 'u-li', status: 'open', expectedCloseDate: '2026-05-01' }),
  o({ id: 'o4', ownerId: 'u-wang', departmentId: 'd-2', status: 'expired', expectedCloseDate: '2026-03-01' }),
  o({ id: 'o5', ownerId: 'u-wang', status: 'won', expectedCloseDate: '2026-03-01' }),
];

describe('expiredReport', () => {
  it('lists expired and overdue deals per rep, worst first', () => {
    const r = expiredReport(opps, { today: '2026-05-01', groupBy: 'owner', rates });
    expect(r.rows).toEqual([
      { key: 'u-li', expired: 1, expiredAmount: 700, overdue: 1, overdueAmount: 100 },
      { key: 'u-wang', expired: 1, expiredAmount: 100, overdue: 0, overdueAmount: 0 },
    ]);
  });

  it('groups per department and limits to deals due since a date', () => {
    expect(
      expiredReport(opps, { today: '2026-05-01', groupBy: 'department', rates }).rows.map((r) => [
        r.key,
        r.expired,
      ]),
    ).toEqual([
      ['d-1', 1],
      ['d-2', 1],
    ]);
    expect(
      expiredReport(opps, { today: '2026-05-01', groupBy: 'owner', rates, from: '2026-04-15' }).rows,
    ).toEqual([{ key: 'u-li', expired: 0, expiredAmount: 0, overdue: 1, overdueAmount: 100 }]);
  });
});
