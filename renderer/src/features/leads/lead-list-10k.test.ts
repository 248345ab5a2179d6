import { describe, expect, it } from 'vitest';
import { manyLeads } from '@shared/model/fixtures';
import { emptyFilter, queryLeads } from './lead-query';
import { LeadSearchIndex } from '../../data/lead-search';

// Correctness at list scale; the time it takes is measured by `npm run bench` (lead_list_query_10k_ms).
const N = 10_000;
const leads = manyLeads(N);

describe('lead list at 10,000 leads', () => {
  const index = new LeadSearchIndex();
  leads.forEach((l) => index.upsert(l));
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const dayOf = (iso: string) => iso.slice(0, 10);

  it('indexes all leads', () => {
    expect(index.size).toBe(N);
  });

  it('searches, filters and sorts together', () => {
    const hits = index.match('müller gmbh');
    const rows = queryLeads(
      leads,
      { ...emptyFilter, campaignId: 'cmp-canton-1', from: '2026-04-05' },
      { key: 'company', dir: 'asc' },
      hits,
      dayOf,
      collator,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (r) => r.name.includes('Müller') && r.company.endsWith('GmbH') && r.campaignId === 'cmp-canton-1',
      ),
    ).toBe(true);
    const companies = rows.map((r) => r.company);
    expect(companies).toEqual([...companies].sort(collator.compare));
  });

  it('finds one lead by a phone fragment among 10,000', () => {
    expect([...index.match('+49 30 1004242')!]).toEqual(['lead-00004242']);
  });
});
