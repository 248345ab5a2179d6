import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { ChainRecords } from './chain';
import { chainOf } from './chain';

const campaign = { ...validDocs.campaigns, id: 'cmp-1' };
const lead = { ...validDocs.leads, id: 'lead-1', campaignId: 'cmp-1' };
const account = { ...validDocs.accounts, id: 'acc-1', sourceType: 'lead', sourceId: 'lead-1' };
const contact = { ...validDocs.contacts, id: 'con-1', sourceType: 'lead', sourceId: 'lead-1' };
const opp = {
  ...validDocs.opportunities,
  id: 'opp-1',
  sourceType: 'lead' as const,
  sourceId: 'lead-1',
  campaignId: 'cmp-1',
};
const contract = {
  ...validDocs.documents,
  id: 'doc-c1',
  kind: 'contract' as const,
  number: 'SC-1',
  sourceType: 'opportunity' as const,
  sourceId: 'opp-1',
};
const order1 = {
  ...validDocs.documents,
  id: 'doc-o1',
  number: 'SO-1',
  sourceType: 'contract' as const,
  sourceId: 'doc-c1',
};
const order2 = {
  ...validDocs.documents,
  id: 'doc-o2',
  number: 'SO-2',
  sourceType: 'contract' as const,
  sourceId: 'doc-c1',
};
const all: ChainRecords = {
  campaigns: [campaign],
  leads: [lead],
  accounts: [account],
  contacts: [contact],
  opportunities: [opp],
  documents: [contract, order1, order2],
};

describe('chainOf', () => {
  it('walks an order back to the campaign', () => {
    const { upstream, downstream } = chainOf({ type: 'order', id: 'doc-o1' }, all);
    expect(upstream.map((n) => `${n.type}:${n.id}`)).toEqual([
      'contract:doc-c1',
      'opportunity:opp-1',
      'lead:lead-1',
      'campaign:cmp-1',
    ]);
    expect(upstream[0]!.label).toBe('SC-1');
    expect(downstream).toEqual([]);
  });

  it('lists what came of a campaign, breadth first with parents', () => {
    const { upstream, downstream } = chainOf({ type: 'campaign', id: 'cmp-1' }, all);
    expect(upstream).toEqual([]);
    expect(downstream.map((n) => [n.type, n.id, n.parentId])).toEqual([
      ['lead', 'lead-1', 'cmp-1'],
      ['account', 'acc-1', 'lead-1'],
      ['contact', 'con-1', 'lead-1'],
      ['opportunity', 'opp-1', 'lead-1'],
      ['contract', 'doc-c1', 'opp-1'],
      ['order', 'doc-o1', 'doc-c1'],
      ['order', 'doc-o2', 'doc-c1'],
    ]);
  });

  it('goes both ways from the middle', () => {
    const c = chainOf({ type: 'opportunity', id: 'opp-1' }, all);
    expect(c.upstream.map((n) => n.type)).toEqual(['lead', 'campaign']);
    expect(c.downstream.map((n) => n.id)).toEqual(['doc-c1', 'doc-o1', 'doc-o2']);
  });

  it('uses the campaign of a directly created opportunity, and skips trashed records', () => {
    const direct = { ...opp, id: 'opp-2', sourceType: '' as const, sourceId: '' };
    expect(
      chainOf({ type: 'opportunity', id: 'opp-2' }, { ...all, opportunities: [direct] }).upstream.map(
        (n) => n.id,
      ),
    ).toEqual(['cmp-1']);
    const trashed = { ...all, documents: [contract, { ...order1, trashedAt: '2026-05-01T00:00:00.000Z' }] };
    expect(chainOf({ type: 'contract', id: 'doc-c1' }, trashed).downstream).toEqual([]);
  });

  it('stops at a source that is not loaded and survives a cycle', () => {
    expect(chainOf({ type: 'order', id: 'doc-o1' }, { documents: [order1] }).upstream).toEqual([]);
    const a = { ...opp, id: 'opp-a', sourceType: 'opportunity' as const, sourceId: 'opp-b' };
    const b = { ...opp, id: 'opp-b', sourceType: 'opportunity' as const, sourceId: 'opp-a' };
    const c = chainOf({ type: 'opportunity', id: 'opp-a' }, { opportunities: [a, b] });
    expect(c.upstream.map((n) => n.id)).toEqual(['opp-b']);
    expect(c.downstream.map((n) => n.id)).toEqual(['opp-b']);
  });
});
