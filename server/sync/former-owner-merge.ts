import type { Transaction } from 'kysely';
import type { CollectionName } from '../../shared/model/collections';
import { validateDoc } from '../../shared/model/validate';
import type { Viewer } from '../../shared/permissions/policy';
import { clashActivities } from '../../shared/sync/clash-activity';
import { deepEqual, type FieldClash } from '../../shared/sync/merge';
import type { PushRow, WireDoc } from '../../shared/api';
import type { Database } from '../db/schema';
import { notifyClashLoser } from './clash-notify';
import { docData as parse, docExists, writeDoc } from '../db/docs-table';
import type { Row } from './push';
import { domainOf } from '../../shared/sync/doc-state';
import { toWire } from './wire';

/** Fields a former owner's edit never sets: identity, scope and the clock (the server stamps the merge). */
const NOT_MERGED = new Set([
  'id',
  'ownerId',
  'departmentId',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
]);

export interface FormerOwnerMerge {
  /** What the device is answered: a tombstone of its own state, so it drops the record and learns nothing new. */
  answer: WireDoc;
  changed: boolean;
  alsoChanged: CollectionName[];
}

/**
 * A former owner's offline edit, made before their device had pulled the record's reassignment, is merged
 * into the current record rather than lost (docs/sync-protocol.md, "Reassignment while offline"):
 * - "before" is decided by the server's own clock, not the device's: the push carries the xid of the last
 *   pull checkpoint the device had when it made the change, and the revocation must be newer than that;
 * - only the fields this device changed (against the version it held, its assumed master state) are taken;
 * - a field the new owner changed too stays theirs, and the former owner's value goes to the record's
 *   history as a clash record, visible to the new owner;
 * - trashing, hard deletes and edits made after the device had pulled the reassignment are refused (the
 *   device keeps them in its not-synced list and can hand them over).
 * Returns null when the row is not such an edit.
 */
export async function formerOwnerMerge(
  tx: Transaction<Database>,
  viewer: Viewer,
  collection: CollectionName,
  row: PushRow,
  current: Row,
  next: Record<string, unknown>,
  deleted: boolean,
): Promise<FormerOwnerMerge | null> {
  const base = row.assumedMasterState ? domainOf(row.assumedMasterState) : undefined;
  if (deleted || current.deleted || !base || row.assumedMasterState?._deleted || !row.pulledXid) return null;
  if (base.ownerId !== viewer.userId) return null;
  const revoked = await tx
    .selectFrom('revocations')
    .select((eb) => eb.cast<string>('xid', 'text').as('xid'))
    .where('collection', '=', collection)
    .where('doc_id', '=', String(next.id))
    .where('scope_kind', '=', 'user')
    .where('scope_id', '=', viewer.userId)
    .orderBy('xid', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!revoked || BigInt(row.pulledXid) >= BigInt(revoked.xid)) return null;

  const currentData = parse(current);
  const result: Record<string, unknown> = { ...currentData };
  const clashes: FieldClash[] = [];
  let applied = 0;
  const fields = new Set([...Object.keys(base), ...Object.keys(next)]);
  for (const field of [...fields].sort()) {
    if (field.startsWith('_') || NOT_MERGED.has(field) || deepEqual(next[field], base[field])) continue;
    if (field === 'trashedAt') return null;
    const now = currentData[field];
    if (deepEqual(now, next[field])) continue;
    if (deepEqual(now, base[field])) {
      if (next[field] === undefined) delete result[field];
      else result[field] = next[field];
      applied++;
      continue;
    }
    clashes.push({
      field,
      winner: 'remote',
      winnerValue: now,
      loserValue: next[field],
      loserUpdatedAt: String(next.updatedAt ?? ''),
      loserUpdatedBy: viewer.userId,
    });
  }

  const history = clashActivities(collection, result, clashes);
  // A collection without a history timeline has nowhere to keep a clash: refuse, so the device keeps it.
  if (clashes.length && !history.length) return null;
  let changed = false;
  if (applied) {
    result.updatedAt = new Date().toISOString();
    result.updatedBy = viewer.userId;
    const checked = validateDoc(collection, result);
    if (!checked.ok) return null;
    await writeDoc(tx, collection, checked.value as never, false, true);
    changed = true;
  }
  const alsoChanged: CollectionName[] = [];
  for (const activity of history) {
    const checked = validateDoc('activities', activity);
    if (!checked.ok) continue;
    if (await docExists(tx, 'activities', activity.id)) continue; // the same clash recorded before (a retried push): history is written once
    await writeDoc(tx, 'activities', checked.value as never, false, false);
    if (collection === 'activities') changed = true;
    else if (!alsoChanged.includes('activities')) alsoChanged.push('activities');
    // The former owner's value lost: they are told, though the record is no longer theirs to open.
    if ((await notifyClashLoser(tx, checked.value, true)) && !alsoChanged.includes('notifications'))
      alsoChanged.push('notifications');
  }
  return { answer: toWire({ ...domainOf(next), id: String(next.id) }, true), changed, alsoChanged };
}
