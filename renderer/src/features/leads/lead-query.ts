import type { Lead, LeadStatus } from '@shared/model/lead';
import { hasTag } from '@shared/rules/lead-tags';

export interface LeadFilter {
  /** null: any campaign; '': leads without one. */
  campaignId: string | null;
  status: LeadStatus | null;
  ownerId: string | null;
  /** ISO country code, e.g. "DE": the leads of one market, to hand to the rep who covers it. */
  country: string | null;
  /** One tag, whatever its case. */
  tag: string | null;
  /** Local calendar days "YYYY-MM-DD" (inclusive) of capturedAt. */
  from: string;
  to: string;
  /** true: only the trash; false: only live leads. */
  trash: boolean;
}

export const emptyFilter: LeadFilter = {
  campaignId: null,
  status: null,
  ownerId: null,
  country: null,
  tag: null,
  from: '',
  to: '',
  trash: false,
};

export type SortKey = 'name' | 'company' | 'country' | 'interest' | 'status' | 'capturedAt' | 'updatedAt';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const INTEREST_RANK = { hot: 0, warm: 1, cold: 2 } as const;
const STATUS_RANK = { new: 0, contacted: 1, qualified: 2, converted: 3, disqualified: 4 } as const;

/**
 * The visible rows: filters, the search hits (null = no search) and one sort. Pure, so the list can memoise it
 * and a test can check it; `dayOf` turns a timestamp into the local day (injected for tests across time zones).
 */
export function queryLeads(
  leads: Iterable<Lead>,
  filter: LeadFilter,
  sort: Sort,
  hits: Set<string> | null,
  dayOf: (iso: string) => string,
  collator: Intl.Collator,
): Lead[] {
  const rows: Lead[] = [];
  for (const l of leads) {
    if (Boolean(l.trashedAt) !== filter.trash) continue;
    if (hits && !hits.has(l.id)) continue;
    if (filter.campaignId !== null && l.campaignId !== filter.campaignId) continue;
    if (filter.status && l.status !== filter.status) continue;
    if (filter.ownerId && l.ownerId !== filter.ownerId) continue;
    if (filter.country && (l.country ?? '').toUpperCase() !== filter.country) continue;
    if (filter.tag && !hasTag(l.tags, filter.tag)) continue;
    if (filter.from || filter.to) {
      const day = dayOf(l.capturedAt);
      if (filter.from && day < filter.from) continue;
      if (filter.to && day > filter.to) continue;
    }
    rows.push(l);
  }
  const sign = sort.dir === 'asc' ? 1 : -1;
  const cmp = comparator(sort.key, collator);
  // Ties fall back to newest first, then id, so the order is stable between renders.
  rows.sort(
    (a, b) => sign * cmp(a, b) || b.capturedAt.localeCompare(a.capturedAt) || a.id.localeCompare(b.id),
  );
  return rows;
}

function comparator(key: SortKey, collator: Intl.Collator): (a: Lead, b: Lead) => number {
  switch (key) {
    case 'interest':
      return (a, b) => INTEREST_RANK[a.interest] - INTEREST_RANK[b.interest];
    case 'status':
      return (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status];
    case 'capturedAt':
    case 'updatedAt':
      return (a, b) => a[key].localeCompare(b[key]);
    default:
      return (a, b) => collator.compare(a[key] ?? '', b[key] ?? '');
  }
}
