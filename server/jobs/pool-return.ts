import { sql, type Transaction } from 'kysely';
import { POOL_OWNER } from '@shared/model/common';
import { poolCutoff, poolReturns } from '@shared/sales/pool-return';
import type { Database } from '../db/schema';
import { moveRecord } from '../sync/assign';
import { docData as parse } from '../db/docs-table';
import type { Org } from './org';
import { SYSTEM_USER } from './job-writes';

/**
 * The company's pool rule (poolReturnDays): leads and accounts nobody has worked for N days go back to the
 * public pool with their children, so another rep can claim them. Their owners' devices drop them on the
 * next pull like after any reassignment. Runs inside the jobs' locked transaction, so it happens once.
 */
export async function returnIdleToPool(
  tx: Transaction<Database>,
  org: Org,
  now: Date,
): Promise<{ returned: string[]; collections: string[] }> {
  const touched = new Set<string>();
  const returned: string[] = [];
  if (org.poolReturnDays <= 0) return { returned, collections: [] };
  const live = (collection: string, since?: string) =>
    tx
      .selectFrom('docs')
      .select(['id', 'data'])
      .where('collection', '=', collection)
      .where('deleted', '=', false)
      .$if(since !== undefined, (q) => q.where(sql<string>`data->>'at'`, '>=', since!))
      .execute()
      .then((rows) => rows.map((r) => parse(r) as Record<string, unknown>));
  // Only recent work can keep a record out of the pool, so older history is never read (docs_at index).
  const activities = (await live('activities', poolCutoff(org.poolReturnDays, now))) as never[];
  for (const collection of ['leads', 'accounts'] as const) {
    const records = ((await live(collection)) as never[]).filter(
      (r: { ownerId: string }) => r.ownerId !== POOL_OWNER,
    );
    for (const due of poolReturns(records, activities, { days: org.poolReturnDays, now })) {
      if (await moveRecord(tx, collection, due.id, { ownerId: POOL_OWNER }, SYSTEM_USER, touched))
        returned.push(`${collection}/${due.id}`);
    }
  }
  return { returned, collections: [...touched] };
}
