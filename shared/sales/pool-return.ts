import type { Activity } from '@shared/model/activity';
import { POOL_OWNER, type BaseDoc } from '@shared/model/common';

/** Kinds that do not show anyone working the customer: they never keep a record out of the pool. */
const NOT_WORK: ReadonlySet<Activity['kind']> = new Set(['system', 'conflict']);

export interface PoolReturn {
  id: string;
  ownerId: string;
  /** The last sign of work: the latest activity on the record, else when it was created or assigned. */
  lastActivityAt: string;
}

/**
 * The optional company rule (settings poolReturnDays): leads or accounts nobody has worked for N days go back
 * to the public pool (公海) so another rep can claim them. 0 turns the rule off. An activity counts for a
 * record when it is about the record (subjectId) or about anything of the account (accountId). Records already
 * in the pool or in the trash are left alone. Pure: the server applies the answer once, through /assign.
 */
/** Records whose last work is before this instant go back; older activities can never keep one out. */
export function poolCutoff(days: number, now: Date): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

export function poolReturns(
  records: readonly Pick<BaseDoc, 'id' | 'ownerId' | 'createdAt' | 'trashedAt'>[],
  activities: readonly Pick<Activity, 'kind' | 'subjectId' | 'accountId' | 'at' | 'trashedAt'>[],
  options: { days: number; now: Date },
): PoolReturn[] {
  if (!Number.isFinite(options.days) || options.days <= 0) return [];
  const latest = new Map<string, string>();
  const touch = (id: string, at: string) => {
    if (id && at > (latest.get(id) ?? '')) latest.set(id, at);
  };
  for (const a of activities) {
    if (a.trashedAt || NOT_WORK.has(a.kind)) continue;
    touch(a.subjectId, a.at);
    touch(a.accountId, a.at);
  }
  const cutoff = poolCutoff(options.days, options.now);
  return records
    .filter((r) => !r.trashedAt && r.ownerId !== POOL_OWNER)
    .map((r) => {
      const seen = latest.get(r.id);
      return {
        id: r.id,
        ownerId: r.ownerId,
        lastActivityAt: seen && seen > r.createdAt ? seen : r.createdAt,
      };
    })
    .filter((r) => r.lastActivityAt < cutoff)
    .sort((a, b) => a.lastActivityAt.localeCompare(b.lastActivityAt) || a.id.localeCompare(b.id));
}
