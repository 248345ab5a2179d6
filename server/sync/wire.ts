import { deepEqual } from '../../shared/sync/merge';
import type { WireDoc } from '../../shared/api';

/** The domain part of a wire document: RxDB's own fields (_deleted, _meta, _rev, _attachments) dropped. */
export function domainOf(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_') && v !== undefined) out[k] = v;
  return out;
}

export function toWire(data: Record<string, unknown>, deleted: boolean): WireDoc {
  return { ...(data as { id: string }), _deleted: deleted };
}

/** Same document state for the protocol's purposes: domain fields and the deleted flag. */
export function sameState(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Boolean(a._deleted) === Boolean(b._deleted) && deepEqual(domainOf(a), domainOf(b));
}
