import { sql, type Kysely, type Transaction } from 'kysely';
import type { CollectionName } from '../../shared/model/collections';
import { validateDoc } from '../../shared/model/validate';
import { canWrite, type Viewer } from '../../shared/permissions/policy';
import { clampUpdatedAt } from '../../shared/sync/clock';
import { merge3 } from '../../shared/sync/merge';
import type { PushResponse, PushRow } from '../../shared/sync/protocol';
import type { Database } from '../db/schema';
import { domainOf, sameState, toWire } from './wire';

type Row = { data: Record<string, unknown>; owner_id: string; department_id: string; deleted: boolean };

/**
 * One transaction per request. Each row is validated, checked against the policy and against the master
 * state the client assumed; a bad or forbidden row is rejected alone and the rest of the batch lands.
 * Returns the conflicts (current rows) for the client to merge and push again.
 */
export async function push(
  db: Kysely<Database>,
  viewer: Viewer,
  collection: CollectionName,
  rows: PushRow[],
): Promise<PushResponse & { changed: boolean }> {
  const result: PushResponse & { changed: boolean } = { conflicts: [], rejected: [], changed: false };
  const now = Date.now();
  await db.transaction().execute(async (tx) => {
    for (const row of rows) await pushOne(tx, viewer, collection, clampRow(row, now), result);
  });
  return result;
}

async function pushOne(
  tx: Transaction<Database>,
  viewer: Viewer,
  collection: CollectionName,
  row: PushRow,
  out: PushResponse & { changed: boolean },
) {
  const next = row.newDocumentState as Record<string, unknown>;
  const id = typeof next.id === 'string' ? next.id : '';
  const deleted = next._deleted === true;
  const checked = validateDoc(collection, domainOf(next));
  if (!checked.ok) {
    out.rejected.push({
      id,
      code: 'INVALID',
      reason: 'the record failed validation',
      issues: checked.issues,
    });
    return;
  }
  const data = checked.value as Record<string, unknown> & { ownerId: string; departmentId: string };
  const current = await tx
    .selectFrom('docs')
    .select(['data', 'owner_id', 'department_id', 'deleted'])
    .where('collection', '=', collection)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  const currentWire = current ? toWire(parse(current), current.deleted) : undefined;
  if (currentWire && sameState(currentWire, { ...data, _deleted: deleted })) return; // already landed: idempotent

  const currentScope = current
    ? {
        ownerId: current.owner_id,
        departmentId: current.department_id,
        kind: (parse(current) as { kind?: string }).kind,
      }
    : undefined;
  const decision = canWrite(viewer, collection, currentScope, data, deleted && !current?.deleted);
  if (!decision.ok) {
    const merged = current
      ? await formerOwnerMerge(tx, viewer, collection, row, current, data, deleted)
      : null;
    if (merged) {
      // The edit landed; answering with the record as a tombstone makes the device drop what is no longer its own.
      out.conflicts.push(toWire(merged, true));
      out.changed = true;
      return;
    }
    out.rejected.push({ id, code: decision.code, reason: decision.reason });
    return;
  }
  const assumed = row.assumedMasterState ?? undefined;
  if (currentWire && (!assumed || !sameState(assumed, currentWire))) {
    out.conflicts.push(currentWire);
    return;
  }
  await writeDoc(tx, collection, data, deleted, !!current);
  out.changed = true;
}

/**
 * A former owner's offline edit made before the record was reassigned is merged into the current row (the
 * owner stays the new one) rather than lost. Later edits, or records that were never theirs, stay forbidden.
 */
async function formerOwnerMerge(
  tx: Transaction<Database>,
  viewer: Viewer,
  collection: CollectionName,
  row: PushRow,
  current: Row,
  next: Record<string, unknown>,
  deleted: boolean,
): Promise<Record<string, unknown> | null> {
  if (deleted) return null;
  const revoked = await tx
    .selectFrom('revocations')
    .select(sql<string>`max(at)`.as('at'))
    .where('collection', '=', collection)
    .where('doc_id', '=', String(next.id))
    .where('scope_kind', '=', 'user')
    .where('scope_id', '=', viewer.userId)
    .executeTakeFirst();
  if (!revoked?.at) return null;
  if (new Date(String(next.updatedAt)).getTime() > new Date(revoked.at).getTime()) return null;
  const base = row.assumedMasterState ? domainOf(row.assumedMasterState) : undefined;
  const currentData = parse(current);
  const { merged } = merge3(base, domainOf(next), currentData);
  const result = { ...merged, ownerId: current.owner_id, departmentId: current.department_id };
  const checked = validateDoc(collection, result);
  if (!checked.ok) return null;
  const value = checked.value as Record<string, unknown> & { ownerId: string; departmentId: string };
  await writeDoc(tx, collection, value, current.deleted, true);
  return value;
}

/**
 * A pushed `updatedAt` far ahead of the server's clock becomes the server's now, so a device dating its edits
 * into the future cannot win the clashes (shared/sync/clock.ts). The device pulls the clamped version back
 * and takes it as the server's (its local copy equals its assumed master), so no false conflict follows.
 */
function clampRow(row: PushRow, now: number): PushRow {
  const at = row.newDocumentState.updatedAt;
  if (typeof at !== 'string') return row;
  const clamped = clampUpdatedAt(at, now);
  return clamped === at ? row : { ...row, newDocumentState: { ...row.newDocumentState, updatedAt: clamped } };
}

export async function writeDoc(
  tx: Transaction<Database>,
  collection: string,
  data: Record<string, unknown> & { ownerId: string; departmentId: string },
  deleted: boolean,
  exists: boolean,
) {
  const values = {
    data: JSON.stringify(data),
    owner_id: data.ownerId,
    department_id: data.departmentId,
    deleted,
    updated_at: new Date(),
  };
  if (exists) {
    await tx
      .updateTable('docs')
      .set({ ...values, xid: sql`pg_current_xact_id()` } as never)
      .where('collection', '=', collection)
      .where('id', '=', String(data.id))
      .execute();
  } else {
    await tx
      .insertInto('docs')
      .values({ collection, id: String(data.id), ...values })
      .execute();
  }
}

export function parse(row: { data: unknown }): Record<string, unknown> {
  return (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>;
}
