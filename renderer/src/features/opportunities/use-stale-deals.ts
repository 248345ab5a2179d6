import { useMemo } from 'react';
import type { Opportunity } from '@shared/model/opportunity';
import { lastTouched } from '@shared/reminders/rules';
import { useDatabase } from '../../data/db-context';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { isStale } from './board-model';

/**
 * The ids of open deals nobody touched for staleHours. Only deals whose own record is that old can be stale,
 * so only their activities are read (by subject, an indexed query).
 */
export function useStaleDeals(opps: readonly Opportunity[], staleHours: number): Set<string> {
  const db = useDatabase();
  const cutoff = Date.now() - staleHours * 3_600_000;
  const candidates = opps.filter((o) => o.status === 'open' && Date.parse(o.updatedAt) <= cutoff);
  const ids = candidates.map((o) => o.id).join(',');
  const found = useLiveDocs(db, 'activities', { subjectId: { $in: ids ? ids.split(',') : [] } });
  return useMemo(
    () => {
      // Until the activities are read, nothing is called stale: no badge flashes on a deal that was worked.
      if (!found) return new Set<string>();
      const activities = live(found);
      return new Set(
        candidates
          .filter((o) => isStale(o, lastTouched(o, activities), staleHours, new Date()))
          .map((o) => o.id),
      );
    },
    // The candidate set is keyed by its ids; recomputed when they or the activities change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ids, found, staleHours],
  );
}
