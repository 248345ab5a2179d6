import type { RxConflictHandler, WithDeleted } from 'rxdb';
import { deepEqual, merge3, type FieldClash } from '../../../shared/sync/merge';

export { clashActivities } from '../../../shared/sync/clash-activity';

type Doc = Record<string, unknown>;

/** RxDB's bookkeeping (_meta, _rev, _attachments) is not part of a document's state; `_deleted` is. */
function stateOf(doc: Doc): Doc {
  const out: Doc = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_') && v !== undefined) out[k] = v;
  return out;
}

/** Allocation-free: it runs for every document a sync writes (conflict checks, pending-change detection). */
export function sameDocState(a: Doc, b: Doc): boolean {
  if (Boolean(a._deleted) !== Boolean(b._deleted)) return false;
  let fields = 0;
  for (const k in a) {
    if (k.startsWith('_') || a[k] === undefined) continue;
    if (!deepEqual(a[k], b[k])) return false;
    fields++;
  }
  for (const k in b) if (!k.startsWith('_') && b[k] !== undefined) fields--;
  return fields === 0;
}

/**
 * Resolves a replication conflict with the three-way, field-level merge: fields each side changed alone
 * both survive; a field both changed goes to the newer edit. A deletion (by a manager, or the record leaving
 * this user's scope) wins over edits: the server has already decided.
 */
export function resolveConflict(
  assumed: Doc | undefined,
  local: Doc,
  master: Doc,
): { doc: Doc; clashes: FieldClash[] } {
  if (master._deleted) return { doc: master, clashes: [] };
  // Nothing changed here since the version this device had (an echo of a resolution): the server's stands.
  if (assumed && sameDocState(assumed, local)) return { doc: master, clashes: [] };
  // Clash records are history: append-only, the server's copy is the record (docs/sync-protocol.md).
  if (master.kind === 'conflict' && master.subjectId !== undefined) return { doc: master, clashes: [] };
  if (local._deleted) return { doc: { ...stateOf(master), _deleted: true }, clashes: [] };
  const { merged, clashes } = merge3(assumed ? stateOf(assumed) : undefined, stateOf(local), stateOf(master));
  return { doc: { ...merged, _deleted: false }, clashes };
}

/**
 * Server states answered for refused rows (start-sync registers them while handling the push): the
 * resolution of such a conflict is the server's state as it is, never a merge that would be pushed again.
 */
const refusedTruths = new Map<string, { local: Doc; truth: Doc }[]>();

export function registerRefused(local: Doc, truth: Doc) {
  const id = String(truth.id);
  refusedTruths.set(id, [...(refusedTruths.get(id) ?? []), { local, truth }]);
}

function takeRefused(local: Doc, master: Doc): boolean {
  const id = String(master.id);
  const list = refusedTruths.get(id);
  const at = list?.findIndex((r) => sameDocState(r.local, local) && sameDocState(r.truth, master)) ?? -1;
  if (!list || at < 0) return false;
  list.splice(at, 1);
  if (!list.length) refusedTruths.delete(id);
  return true;
}

export const mergeConflictHandler: RxConflictHandler<any> = {
  isEqual: (a, b) => sameDocState(a, b),
  resolve: async (input) => {
    if (takeRefused(input.newDocumentState, input.realMasterState)) return input.realMasterState;
    return resolveConflict(input.assumedMasterState, input.newDocumentState, input.realMasterState)
      .doc as WithDeleted<any>;
  },
};
