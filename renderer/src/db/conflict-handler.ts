import type { RxConflictHandler, WithDeleted } from 'rxdb';
import { resolveConflict, type Resolution } from '@shared/sync/conflict-resolution';
import { sameDocState } from '@shared/sync/doc-state';

type Doc = Record<string, unknown>;

/**
 * Conflicts the sync client has already resolved while reading the push answer (settlePushAnswer), by
 * record id, until RxDB asks for them: the handler hands back that decision instead of merging again.
 */
const decided = new Map<string, Resolution[]>();

export function rememberResolutions(resolutions: readonly Resolution[]) {
  for (const r of resolutions) {
    const list = decided.get(r.id) ?? [];
    // A few per record at most (a push retried before RxDB asked); the oldest is stale then.
    if (list.push(r) > 4) list.shift();
    decided.set(r.id, list);
  }
}

const sameOrNone = (a: Doc | undefined, b: Doc | undefined) => (a && b ? sameDocState(a, b) : a === b);

/** The decision for exactly this conflict (devices simulated in one process share this module). */
function takeDecided(assumed: Doc | undefined, local: Doc, master: Doc): Doc | undefined {
  const id = String(master.id);
  const list = decided.get(id);
  const at =
    list?.findIndex(
      (r) => sameDocState(r.local, local) && sameDocState(r.master, master) && sameOrNone(r.assumed, assumed),
    ) ?? -1;
  if (!list || at < 0) return undefined;
  const [taken] = list.splice(at, 1);
  if (!list.length) decided.delete(id);
  return taken!.doc;
}

/**
 * RxDB's conflict handler for every collection. The sync client decides each conflict of a push answer
 * once (shared/sync/conflict-resolution.ts) and this returns that decision; a conflict it has not seen
 * (RxDB's own checks, tests) is resolved by the same rule.
 */
export const mergeConflictHandler: RxConflictHandler<any> = {
  isEqual: (a, b) => sameDocState(a, b),
  resolve: async (input) =>
    (takeDecided(input.assumedMasterState, input.newDocumentState, input.realMasterState) ??
      resolveConflict(input.assumedMasterState, input.newDocumentState, input.realMasterState)
        .doc) as WithDeleted<any>,
};
