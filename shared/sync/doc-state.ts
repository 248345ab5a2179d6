/**
 * A document's state for sync: its domain fields and the deleted flag. RxDB's bookkeeping (`_meta`, `_rev`,
 * `_attachments`) and absent (`undefined`) fields are not part of it. The one definition for the devices
 * (pending-change detection, conflicts, local writes) and the server (push idempotency, conflicts).
 */
import { deepEqual } from './merge';

type Doc = Record<string, unknown>;

/** RxDB's own fields (and the wire's `_deleted`) start with an underscore; domain fields never do. */
export const isMetaField = (key: string): boolean => key.startsWith('_');

/** The domain part of a document: fields starting with `_` and undefined values dropped. */
export function domainOf(doc: Doc): Doc {
  const out: Doc = {};
  for (const [k, v] of Object.entries(doc)) if (!isMetaField(k) && v !== undefined) out[k] = v;
  return out;
}

/** Splits a stored document into RxDB's fields and the domain fields (kept as they are, for a rewrite). */
export function splitMeta(doc: Doc): { meta: Doc; plain: Doc } {
  const meta: Doc = {};
  const plain: Doc = {};
  for (const [k, v] of Object.entries(doc)) (isMetaField(k) ? meta : plain)[k] = v;
  return { meta, plain };
}

/**
 * Same state: equal domain fields (deeply) and the same deleted flag. Allocation-free, since the devices run
 * it for every document a sync writes.
 */
export function sameDocState(a: Doc, b: Doc): boolean {
  if (Boolean(a._deleted) !== Boolean(b._deleted)) return false;
  let fields = 0;
  for (const k in a) {
    if (isMetaField(k) || a[k] === undefined) continue;
    if (!deepEqual(a[k], b[k])) return false;
    fields++;
  }
  for (const k in b) if (!isMetaField(k) && b[k] !== undefined) fields--;
  return fields === 0;
}
