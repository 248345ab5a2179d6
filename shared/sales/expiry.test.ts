import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { stampNew } from '@shared/model/stamp';
import { validateDoc } from '@shared/model/validate';
import { expiredOpportunities, isOverdue } from './expiry';

const opp = (id: string, expectedCloseDate: string, status: Opportunity['status'] = 'open'): Opportunity => ({
  ...validDocs.opportunities,
  id,
  expectedCloseDate,
  status,
});

describe('isOverdue', () => {
  it('is overdue only after the close date, while open', () => {
    expect(isOverdue(opp('o-1', '2026-06-30'), '2026-06-30')).toBe(false);
    expect(isOverdue(opp('o-1', '2026-06-30'), '2026-07-01')).toBe(true);
    expect(isOverdue(opp('o-1', '2026-06-30', 'won'), '2026-07-01')).toBe(false);
    expect(
      isOverdue({ ...opp('o-1', '2026-06-30'), trashedAt: '2026-07-01T00:00:00.000Z' }, '2026-07-02'),
    ).toBe(false);
  });
});

describe('expiredOpportunities', () => {
  const opps = [
    opp('o-due-today', '2026-06-30'),
    opp('o-late', '2026-06-29'),
    opp('o-won', '2026-06-01', 'won'),
    opp('o-expired', '2026-06-01', 'expired'),
  ];

  it('expires open deals whose close date is over in the company time zone', () => {
    // 2026-06-30T16:30Z is already 07-01 00:30 in Shanghai but still 06-30 in Berlin.
    const now = new Date('2026-06-30T16:30:00.000Z');
    expect(expiredOpportunities(opps, now, 'Asia/Shanghai').map((e) => e.opportunity.id)).toEqual([
      'o-due-today',
      'o-late',
    ]);
    expect(expiredOpportunities(opps, now, 'Europe/Berlin').map((e) => e.opportunity.id)).toEqual(['o-late']);
  });

  it('gives the patch, a valid history event and who to notify', () => {
    const now = new Date('2026-07-01T01:00:00.000Z');
    const [e] = expiredOpportunities([opp('opp-late0001', '2026-06-29')], now, 'UTC', (owner) =>
      owner === 'u-li' ? 'u-boss' : undefined,
    );
    expect(e!.patch).toEqual({ status: 'expired', closedAt: now.toISOString() });
    expect(e!.notify).toEqual(['u-li', 'u-boss']);
    expect(
      validateDoc(
        'activities',
        stampNew(e!.history, { userId: 'system', departmentId: '' }, now, e!.historyOwner),
      ).ok,
    ).toBe(true);
    expect(validateDoc('opportunities', { ...e!.opportunity, ...e!.patch }).ok).toBe(true);
  });

  it('expires exactly once: applying the patch leaves nothing to expire', () => {
    const now = new Date('2026-07-05T00:00:00.000Z');
    const first = expiredOpportunities(opps, now, 'UTC');
    const after = opps.map((o) => ({ ...o, ...(first.find((e) => e.opportunity.id === o.id)?.patch ?? {}) }));
    expect(expiredOpportunities(after, now, 'UTC')).toEqual([]);
  });

  it('does not notify a manager who is the owner', () => {
    const [e] = expiredOpportunities(
      [opp('o-late', '2026-06-29')],
      new Date('2026-07-05T00:00:00Z'),
      'UTC',
      () => 'u-li',
    );
    expect(e!.notify).toEqual(['u-li']);
  });
});
