/**
 * Clash records: the losing side of a same-field clash, kept as a 'conflict' activity on the record's
 * history. Made by the devices (conflict-handler) and by the server (a former owner's merge) alike.
 */
import type { Activity } from '../model/activity';
import type { CollectionName } from '../model/collections';
import { recordTypeOf } from '../model/record-type';
import { stableStringify, type FieldClash } from './merge';

type Doc = Record<string, unknown>;

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
    // The clash's content only (not when the loser last touched the record): the same clash resolved again
    // after the losing device edited something else still yields the same id, so it is recorded once.
    const key = [
      collection,
      doc.id,
      c.field,
      c.loserUpdatedBy,
      stableStringify(c.loserValue ?? null),
      stableStringify(c.winnerValue ?? null),
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
