import { describe, expect, it } from 'vitest';
import type { Campaign } from '@shared/model/campaign';
import { validDocs } from '@shared/model/fixtures';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import { campaignRoi } from './roi';

const rates = { base: 'CNY', rateToBase: { USD: 7 } };
const cmp = (id: string, cost: number, currency = 'CNY'): Campaign => ({
  ...validDocs.campaigns,
  id,
  name: id,
  cost,
  currency,
});
const lead = (id: string, campaignId: string): Lead => ({ ...validDocs.leads, id, campaignId });
const o = (p: Partial<Opportunity>): Opportunity => ({
  ...validDocs.opportunities,
  campaignId: '',
  sourceType: '',
  sourceId: '',
  ...p,
});

describe('campaignRoi', () => {
  const campaigns = [cmp('canton', 70000), cmp('alibaba', 1000, 'USD'), cmp('free', 0)];
  const leads = [lead('l1', 'canton'), lead('l2', 'canton'), lead('l3', 'alibaba')];
  const opps = [
    o({ id: 'o1', campaignId: 'canton', status: 'won', amount: 20000, currency: 'USD' }),
    o({
      id: 'o2',
      sourceType: 'lead',
      sourceId: 'l2',
      status: 'open',
      amount: 10000,
      currency: 'CNY',
      probability: 40,
    }),
    o({ id: 'o3', sourceType: 'lead', sourceId: 'l3', status: 'lost', amount: 5000, currency: 'USD' }),
    o({ id: 'o4', sourceType: 'campaign', sourceId: 'free', status: 'won', amount: 100, currency: 'CNY' }),
    o({
      id: 'o5',
      campaignId: 'canton',
      status: 'won',
      amount: 1,
      currency: 'CNY',
      trashedAt: '2026-01-01T00:00:00.000Z',
    }),
  ];
  const { rows, missingRates } = campaignRoi(campaigns, opps, leads, rates);
  const row = (id: string) => rows.find((r) => r.campaignId === id)!;

  it('credits won amount and pipeline to campaigns directly or through the lead', () => {
    expect(row('canton')).toMatchObject({
      cost: 70000,
      leads: 2,
      opportunities: 2,
      won: 1,
      wonAmount: 140000,
      openPipeline: 10000,
      weightedPipeline: 4000,
      roi: 1,
    });
    expect(row('alibaba')).toMatchObject({
      cost: 7000,
      leads: 1,
      opportunities: 1,
      won: 0,
      wonAmount: 0,
      roi: -1,
    });
    expect(row('free')).toMatchObject({ cost: 0, wonAmount: 100, roi: null });
    expect(missingRates).toEqual([]);
  });

  it('orders campaigns by won amount', () => {
    expect(rows.map((r) => r.campaignId)).toEqual(['canton', 'free', 'alibaba']);
  });

  it('reports a campaign cost without a rate instead of guessing', () => {
    const r = campaignRoi([cmp('eur-show', 100, 'EUR')], [], [], rates);
    expect(r.rows[0]).toMatchObject({ cost: 0, roi: null });
    expect(r.missingRates).toEqual(['EUR']);
  });
});
