/**
 * Three-way, field-level merge of one record: the conflict rule of the whole sync (docs/sync-protocol.md).
 *
 * - A field that only one side changed (against the common base) takes that side's value, so two people
 *   editing different fields of the same account offline both keep their work.
 * - A field both sides changed to different values is a clash: the side with the newer `updatedAt` wins
 *   (ties broken by `updatedBy`, then by value) so every replica picks the same winner; the loser is
 *   reported so the caller can keep it in the record's history.
 * Timestamps are per record, not per field: a clash is decided by when each side last touched the record.
 * `updatedAt` is a time the server vouches for, not the device's raw clock (./clock.ts).
 */

export interface FieldClash {
  field: string;
  winner: 'local' | 'remote';
  winnerValue: unknown;
  loserValue: unknown;
  loserUpdatedAt: string;
  loserUpdatedBy: string;
}

export interface MergeResult<T> {
  merged: T;
  clashes: FieldClash[];
}

type Rec = Record<string, unknown>;

/** Bookkeeping fields that follow the winner rather than being merged. */
const CLOCK_FIELDS = new Set(['updatedAt', 'updatedBy']);

export function merge3<T extends Rec>(base: T | undefined, local: T, remote: T): MergeResult<T> {
  const localIsNewer = compareVersions(local, remote) > 0;
  const merged: Rec = {};
  const clashes: FieldClash[] = [];
  const fields = new Set([...Object.keys(local), ...Object.keys(remote), ...Object.keys(base ?? {})]);

  for (const field of [...fields].sort()) {
    if (field.startsWith('_') || CLOCK_FIELDS.has(field)) continue;
    const l = local[field];
    const r = remote[field];
    let value: unknown;
    if (deepEqual(l, r)) value = l;
    else if (base && deepEqual(l, base[field])) value = r;
    else if (base && deepEqual(r, base[field])) value = l;
    else {
      const winner = localIsNewer ? 'local' : 'remote';
      const loser = localIsNewer ? remote : local;
      value = localIsNewer ? l : r;
      clashes.push({
        field,
        winner,
        winnerValue: value,
        loserValue: localIsNewer ? r : l,
        loserUpdatedAt: String(loser.updatedAt ?? ''),
        loserUpdatedBy: String(loser.updatedBy ?? ''),
      });
    }
    if (value !== undefined) merged[field] = value;
  }
  const newer = localIsNewer ? local : remote;
  for (const field of CLOCK_FIELDS) if (newer[field] !== undefined) merged[field] = newer[field];
  // RxDB's own fields (_deleted, _meta, …) come from the remote side: the caller's storage owns them.
  for (const field of Object.keys(remote)) if (field.startsWith('_')) merged[field] = remote[field];
  return { merged: merged as T, clashes };
}

/** >0 when `a` is the newer version: by updatedAt, then updatedBy, then content, so all replicas agree. */
export function compareVersions(a: Rec, b: Rec): number {
  const byTime = String(a.updatedAt ?? '').localeCompare(String(b.updatedAt ?? ''));
  if (byTime) return byTime;
  const byUser = String(a.updatedBy ?? '').localeCompare(String(b.updatedBy ?? ''));
  if (byUser) return byUser;
  const sa = stableStringify(a);
  const sb = stableStringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a as Rec).filter((k) => (a as Rec)[k] !== undefined);
  const kb = Object.keys(b as Rec).filter((k) => (b as Rec)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Rec)[k], (b as Rec)[k]));
}

/** JSON with sorted keys: a canonical form for tie-breaks and deterministic ids. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Rec)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
