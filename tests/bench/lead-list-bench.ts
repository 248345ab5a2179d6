import { manyLeads } from '../../shared/model/fixtures';
import { emptyFilter, queryLeads } from '../../renderer/src/features/leads/lead-query';
import { LeadSearchIndex } from '../../renderer/src/data/lead-search';

/** The list's per-keystroke work at 10,000 leads: search + filter + sort (a frame is ~16 ms). */
export function runLeadListBench() {
  const leads = manyLeads(10_000);
  const index = new LeadSearchIndex();
  const t0 = performance.now();
  leads.forEach((l) => index.upsert(l));
  const buildMs = performance.now() - t0;
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const dayOf = (iso: string) => iso.slice(0, 10);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const hits = index.match(['müller gmbh', 'buyer 12', '+49 30 10042', 'company 7'][i % 4]!);
    queryLeads(
      leads,
      { ...emptyFilter, campaignId: 'cmp-canton-1' },
      { key: 'company', dir: 'asc' },
      hits,
      dayOf,
      collator,
    );
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    lead_search_index_build_10k_ms: { value: round(buildMs), unit: 'ms' },
    lead_list_query_10k_p95_ms: { value: round(times[Math.floor(times.length * 0.95)]!), unit: 'ms' },
  };
}
