import type { Kysely, Transaction } from 'kysely';
import type { Activity } from '../../shared/model/activity';
import type { CollectionName } from '../../shared/model/collections';
import { BAD_TEXT_MESSAGE, findBadText } from '../../shared/model/text';
import { validateDoc } from '../../shared/model/validate';
import {
  canMove,
  canRead,
  canWrite,
  isAppendOnly,
  movesScope,
  type Decision,
  type Viewer,
} from '../../shared/permissions/policy';
import { clampUpdatedAt } from '../../shared/sync/clock';
import type { PushResponse, PushRow, Rejection } from '../../shared/api';
import type { Database } from '../db/schema';
import { notifyClashLoser } from './clash-notify';
import { docData as parse, lockDoc, readDoc, writeDoc } from '../db/docs-table';
import { formerOwnerMerge } from './former-owner-merge';
import { holderOf, moveChildren, revokeFormerScope } from './move';
import { domainOf, sameDocState } from '../../shared/sync/doc-state';
import { toWire } from './wire';

export type Row = {
  data: Record<string, unknown>;
  owner_id: string;
  department_id: string;
  deleted: boolean;
};
/** The answer, plus for the caller: whether this collection was written, and which others moved with it. */
export type PushResult = PushResponse & { changed: boolean; alsoChanged: Set<CollectionName> };

/**
 * One transaction per request. Each row is validated, checked against the policy and against the master
 * state the client assumed; a bad or forbidden row is refused alone and the rest of the batch lands.
 * Returns the conflicts (current rows) for the client to merge and push again, and for each refused row
 * the state the device should hold instead.
 */
export async function push(
  db: Kysely<Database>,
  viewer: Viewer,
  collection: CollectionName,
  rows: PushRow[],
): Promise<PushResult> {
  const result: PushResult = { conflicts: [], rejected: [], changed: false, alsoChanged: new Set() };
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
  const current = await lockDoc(tx, collection, id);
  const currentWire = current ? toWire(parse(current), current.deleted) : undefined;
  const data = stampAuthors(checked.value, viewer, currentWire);
  const bad = findBadText(data);
  if (bad) {
    // The schemas refuse such text everywhere; this catches a field one forgot, before Postgres fails the batch.
    const field = bad.join('.') || '(document)';
    await refuse(tx, viewer, collection, row, current ?? null, out, {
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
      // Merged or recorded in the history; the answer (a tombstone) makes the device drop what is no longer its own.
      out.conflicts.push(merged.answer);
      out.changed ||= merged.changed;
      for (const c of merged.alsoChanged) out.alsoChanged.add(c);
      return;
    }
    await refuse(tx, viewer, collection, row, current ?? null, out, rejection(id, decision));
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
  // A new holder or department: the same rule as POST /assign, whichever endpoint asks.
  const moves = movesScope(viewer, currentScope, data);
  if (moves) {
    const moved = canMove(viewer, currentScope, data, await holderOf(tx, data.ownerId));
    if (!moved.ok) {
      await refuse(tx, viewer, collection, row, current ?? null, out, rejection(id, moved));
      return;
    }
  }
  // Only now, once the viewer may write it: an exact copy of someone else's record is not "already landed".
  if (currentWire && sameDocState(currentWire, { ...data, _deleted: deleted })) return; // idempotent re-send
  if (current?.deleted && deleted) {
    // Deleted already: a tombstone keeps what the record held when it was deleted, so nothing writes into it.
    out.conflicts.push(currentWire!);
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
  if (currentWire && (!assumed || !sameDocState(assumed, currentWire))) {
    out.conflicts.push(currentWire);
    return;
  }
  await writeDoc(tx, collection, data, deleted, !!current);
  // A new clash record: the user whose edit lost hears of it (a notification, pulled like any record).
  if (collection === 'activities' && !current && !deleted && data.kind === 'conflict')
    if (await notifyClashLoser(tx, data as unknown as Activity, false)) out.alsoChanged.add('notifications');
  if (current && moves) {
    // As for /assign: whoever lost sight of it (and of its children) drops it on their next pull.
    await revokeFormerScope(tx, collection, id, current, data);
    const move = {
      ownerId: data.ownerId,
      departmentId: data.departmentId,
      by: viewer.userId,
      at: new Date().toISOString(),
    };
    await moveChildren(tx, collection, id, move, out.alsoChanged as Set<string>);
  }
  out.changed = true;
}

/** The device pushes back exactly the state it was told (the echo of a conflict resolution): no change of its own. */
const isEcho = (row: PushRow) =>
  !!row.assumedMasterState && sameDocState(row.assumedMasterState, row.newDocumentState);

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
  const current = known === undefined ? await readDoc(tx, collection, rejection.id) : known;
  // With the settings kind: another user's preferences are not readable, even to an admin.
  const readable =
    current &&
    canRead(viewer, collection, {
      ownerId: current.owner_id,
      departmentId: current.department_id,
      kind: (parse(current) as { kind?: string }).kind,
    });
  const truth = readable
    ? toWire(parse(current), current.deleted)
    : toWire({ ...domainOf(next), id: rejection.id }, true);
  const echo = isEcho(row);
  if (!echo) out.rejected.push(rejection);
  if (echo && sameDocState(truth, next)) return;
  out.conflicts.push(truth);
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
