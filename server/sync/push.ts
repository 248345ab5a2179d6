import { sql, type Kysely, type Transaction } from 'kysely';
import type { CollectionName } from '../../shared/model/collections';
import { BAD_TEXT_MESSAGE, findBadText } from '../../shared/model/text';
import { validateDoc } from '../../shared/model/validate';
import { canMove, canWrite, movesScope, type Decision, type Viewer } from '../../shared/permissions/policy';
import { clampUpdatedAt } from '../../shared/sync/clock';
import { merge3 } from '../../shared/sync/merge';
import type { PushResponse, PushRow, Rejection } from '../../shared/sync/protocol';
import type { Database } from '../db/schema';
import { parse, writeDoc } from './doc-rows';
import { holderOf, moveChildren, revokeFormerScope } from './move';
import { domainOf, sameState, toWire } from './wire';

export { parse, writeDoc } from './doc-rows';

/** The answer, plus for the caller: whether anything was written, and which other collections moved with it. */
type PushOutcome = PushResponse & { changed: boolean; touched: Set<string> };

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
): Promise<PushOutcome> {
  const result: PushOutcome = { conflicts: [], rejected: [], changed: false, touched: new Set() };
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
  out: PushOutcome,
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
  const current = await tx
    .selectFrom('docs')
    .select(['data', 'owner_id', 'department_id', 'deleted'])
    .where('collection', '=', collection)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  const currentWire = current ? toWire(parse(current), current.deleted) : undefined;
  const data = stampAuthors(checked.value, viewer, currentWire);
  const bad = findBadText(data);
  if (bad) {
    // The schemas refuse such text everywhere; this catches a field one forgot, before Postgres fails the batch.
    const field = bad.join('.') || '(document)';
    out.rejected.push({
      id,
      code: 'INVALID',
      reason: `${field}: ${BAD_TEXT_MESSAGE}`,
      issues: [{ field, message: BAD_TEXT_MESSAGE }],
    });
    return;
  }

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
    out.rejected.push(rejection(id, decision));
    return;
  }
  // A new holder or department: the same rule as POST /assign, whichever endpoint asks.
  const moves = movesScope(viewer, currentScope, data);
  if (moves) {
    const moved = canMove(viewer, currentScope, data, await holderOf(tx, data.ownerId));
    if (!moved.ok) {
      out.rejected.push(rejection(id, moved));
      return;
    }
  }
  // Only now, once the viewer may write it: an exact copy of someone else's record is not "already landed".
  if (currentWire && sameState(currentWire, { ...data, _deleted: deleted })) return; // idempotent re-send
  const assumed = row.assumedMasterState ?? undefined;
  if (currentWire && (!assumed || !sameState(assumed, currentWire))) {
    out.conflicts.push(currentWire);
    return;
  }
  await writeDoc(tx, collection, data, deleted, !!current);
  if (current && moves) {
    // As for /assign: whoever lost sight of it (and of its children) drops it on their next pull.
    await revokeFormerScope(tx, collection, id, current, data);
    const move = {
      ownerId: data.ownerId,
      departmentId: data.departmentId,
      by: viewer.userId,
      at: new Date().toISOString(),
    };
    await moveChildren(tx, collection, id, move, out.touched);
  }
  out.changed = true;
}

/**
 * Who wrote it is the session's word, not the device's: `updatedBy` is the viewer, `createdBy` the viewer on
 * create and kept from the stored row on update. Devices get the stamped values back through their pull.
 */
function stampAuthors(
  doc: object,
  viewer: Viewer,
  current: Record<string, unknown> | undefined,
): Record<string, unknown> & { ownerId: string; departmentId: string } {
  const createdBy = current && typeof current.createdBy === 'string' ? current.createdBy : viewer.userId;
  return { ...(doc as { ownerId: string; departmentId: string }), createdBy, updatedBy: viewer.userId };
}

function rejection(id: string, decision: Exclude<Decision, { ok: true }>): Rejection {
  return decision.code === 'INVALID'
    ? {
        id,
        code: 'INVALID',
        reason: decision.reason,
        issues: [{ field: decision.field, message: decision.reason }],
      }
    : { id, code: decision.code, reason: decision.reason };
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
