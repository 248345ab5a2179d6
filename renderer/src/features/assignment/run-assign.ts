import type { SyncApi } from '../../data/sync-context';
import type { AssignBatch } from './assign-plan';
import type { AssignCollection } from './AssignDialog';

/**
 * The one way records change owner: `assign.assign` (POST /assign) per batch, so the server's policy decides. Returns how many
 * the server assigned; on failure the error carries how far it got (batches already sent stand).
 */
export async function runAssign(
  sync: Pick<SyncApi, 'http' | 'handle'>,
  collection: AssignCollection,
  batches: readonly AssignBatch[],
): Promise<number> {
  let assigned = 0;
  try {
    for (const batch of batches) {
      const res = await sync.http!.request('assign.assign', {
        body: { collection, ids: batch.ids, ownerId: batch.ownerId },
      });
      assigned += res.assigned;
    }
    return assigned;
  } catch (err) {
    throw Object.assign(err instanceof Error ? err : new Error(String(err)), { assigned });
  } finally {
    if (assigned) sync.handle?.reSync();
  }
}
