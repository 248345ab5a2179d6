import { sql, type Kysely, type Transaction } from 'kysely';
import type { CollectionName } from '../../shared/model/collections';
import { validateDoc } from '../../shared/model/validate';
import { canRead, canWrite, isAppendOnly, type Viewer } from '../../shared/permissions/policy';
import type { PushResponse, PushRow, Rejection } from '../../shared/sync/protocol';
import type { Database } from '../db/schema';
import { formerOwnerMerge } from './former-owner-merge';
import { domainOf, sameState, toWire } from './wire';

export type Row = {
  data: Record<string, unknown>;
  owner_id: string;
  department_id: string;
  deleted: boolean;
};
export type PushResult = PushResponse & { changed: boolean; alsoChanged: Set<CollectionName> };

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
): Promise<PushResult> {
  const result: PushResult = { conflicts: [], rejected: [], changed: false, alsoChanged: new Set() };
  await db.transaction().execute(async (tx) => {
    for (const row of rows) await pushOne(tx, viewer, collection, row, result);
  });
  return result;
}

async function pushOne(
  tx: Transaction<Database>,
  viewer: Viewer,
  collection: CollectionName,
  row: PushRow,
  out: PushResult,
) {
  const next = row.newDocumentState as Record<string, unknown>;
  const id = typeof next.id === 'string' ? next.id : '';
  const deleted = next._deleted === true;
  const checked = validateDoc(collection, domainOf(next));
  if (!checked.ok) {
    await refuse(tx, viewer, collection, row, undefined, out, {
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
      // Merged or recorded in the history; the answer (a tombstone) makes the device drop what is no longer its own.
      out.conflicts.push(merged.answer);
      out.changed ||= merged.changed;
      for (const c of merged.alsoChanged) out.alsoChanged.add(c);
      return;
    }
    await refuse(tx, viewer, collection, row, current ?? null, out, {
      id,
      code: decision.code,
      reason: decision.reason,
    });
    return;
  }
  if (current && isAppendOnly(collection, parse(current))) {
    // A clash record is history: the first copy stands. The same clash inserted again is answered with it;
    // an edit of it is refused (and so kept in the device's not-synced list, never silently dropped).
    if (row.assumedMasterState && !isEcho(row))
      await refuse(tx, viewer, collection, row, current, out, {
        id,
        code: 'FORBIDDEN',
        reason: 'a clash record is history and cannot be changed',
      });
    else out.conflicts.push(currentWire!);
    return;
  }
  const assumed = row.assumedMasterState ?? undefined;
  if (current?.deleted && !deleted && !isEcho(row)) {
    await refuse(tx, viewer, collection, row, current, out, {
      id,
      code: 'GONE',
      reason: `this ${collection} record was deleted`,
    });
    return;
  }
  if (currentWire && (!assumed || !sameState(assumed, currentWire))) {
    out.conflicts.push(currentWire);
    return;
  }
  await writeDoc(tx, collection, data, deleted, !!current);
  out.changed = true;
}

/** The device pushes back exactly the state it was told (the echo of a conflict resolution): no change of its own. */
const isEcho = (row: PushRow) =>
  !!row.assumedMasterState && sameState(row.assumedMasterState, row.newDocumentState);

/**
 * Refuses a row and tells the device what to hold instead: the current record if the caller may read it,
 * otherwise a tombstone of the device's own state (never content the caller may no longer read). The
 * device keeps the refused state in its not-synced list. An echo refuses nothing the user did; it only
 * gets the truth again, unless it already holds it.
 */
async function refuse(
  tx: Transaction<Database>,
  viewer: Viewer,
  collection: CollectionName,
  row: PushRow,
  known: Row | null | undefined,
  out: PushResult,
  rejection: Rejection,
) {
  const next = row.newDocumentState as Record<string, unknown>;
  if (!rejection.id) {
    out.rejected.push(rejection);
    return;
  }
  const current =
    known === undefined
      ? await tx
          .selectFrom('docs')
          .select(['data', 'owner_id', 'department_id', 'deleted'])
          .where('collection', '=', collection)
          .where('id', '=', rejection.id)
          .executeTakeFirst()
      : known;
  const readable =
    current &&
    canRead(viewer, collection, { ownerId: current.owner_id, departmentId: current.department_id });
  const truth = readable
    ? toWire(parse(current), current.deleted)
    : toWire({ ...domainOf(next), id: rejection.id }, true);
  const echo = isEcho(row);
  if (!echo) out.rejected.push(rejection);
  if (echo && sameState(truth, next)) return;
  out.conflicts.push(truth);
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
