import type { RxConflictHandler, WithDeleted } from 'rxdb';
import type { CollectionName } from '../../../shared/model/collections';
import type { Activity } from '../../../shared/model/activity';
import { recordTypeOf } from '../../../shared/model/record-type';
import { deepEqual, merge3, stableStringify, type FieldClash } from '../../../shared/sync/merge';

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
  if (local._deleted) return { doc: { ...stateOf(master), _deleted: true }, clashes: [] };
  const { merged, clashes } = merge3(assumed ? stateOf(assumed) : undefined, stateOf(local), stateOf(master));
  return { doc: { ...merged, _deleted: false }, clashes };
}

export const mergeConflictHandler: RxConflictHandler<any> = {
  isEqual: (a, b) => sameDocState(a, b),
  resolve: async (input) =>
    resolveConflict(input.assumedMasterState, input.newDocumentState, input.realMasterState)
      .doc as WithDeleted<any>,
};

/** 53-bit string hash (cyrb53); two seeds give a 106-bit id, plenty for a deterministic key. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

const short = (v: unknown) => {
  const s = typeof v === 'string' ? v : stableStringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

/**
 * The losing side of each clash, as a 'conflict' activity on the record's history. The id is derived from
 * the clash itself, so two devices resolving the same conflict write the same activity once.
 */
export function clashActivities(collection: CollectionName, doc: Doc, clashes: FieldClash[]): Activity[] {
  const subjectType = recordTypeOf(collection, doc);
  // Settings, products, files and notifications have no history timeline; their clashes are not recorded.
  if (!subjectType) return [];
  return clashes.map((c) => {
    const key = [
      collection,
      doc.id,
      c.field,
      c.loserUpdatedAt,
      c.loserUpdatedBy,
      stableStringify(c.loserValue),
    ].join('|');
    const at = c.loserUpdatedAt || String(doc.updatedAt);
    return {
      id: `cf${hash53(key, 1)}${hash53(key, 2)}`,
      ownerId: String(doc.ownerId),
      departmentId: String(doc.departmentId ?? ''),
      createdAt: at,
      updatedAt: at,
      createdBy: c.loserUpdatedBy || 'unknown',
      updatedBy: c.loserUpdatedBy || 'unknown',
      kind: 'conflict',
      subjectType,
      subjectId: String(doc.id),
      accountId:
        collection === 'accounts' ? String(doc.id) : typeof doc.accountId === 'string' ? doc.accountId : '',
      at,
      title: `${c.field}: kept "${short(c.winnerValue)}", replaced "${short(c.loserValue)}"`.slice(0, 300),
      // Through JSON: an absent value (a cleared field) must not be stored as `undefined`.
      data: JSON.parse(
        JSON.stringify({
          collection,
          field: c.field,
          winnerValue: c.winnerValue ?? null,
          loserValue: c.loserValue ?? null,
          loserUpdatedAt: c.loserUpdatedAt,
          loserUpdatedBy: c.loserUpdatedBy,
          // The merged record carries the later stamp: the winning edit's author and time.
          winnerUpdatedAt: doc.updatedAt,
          winnerUpdatedBy: doc.updatedBy,
        }),
      ),
    };
  });
}
