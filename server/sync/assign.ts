import { sql, type Kysely, type Transaction } from 'kysely';
import { collectionDefs, type CollectionName } from '../../shared/model/collections';
import { POOL_OWNER } from '../../shared/model/common';
import { canAssign, canClaim, type Scoped, type Viewer } from '../../shared/permissions/policy';
import type { AssignRequest, ClaimRequest } from '../../shared/sync/protocol';
import type { Database } from '../db/schema';
import { HttpError } from '../http-error';
import { parse, writeDoc } from './push';

const accountChildren = (Object.keys(collectionDefs) as CollectionName[]).filter(
  (n) => collectionDefs[n].followsAccount,
);
/** A lead's own history and files follow it; everything else hangs off accounts. */
const leadChildren: CollectionName[] = ['activities', 'attachments'];

interface Move {
  ownerId: string;
  departmentId: string;
  by: string;
  at: string;
}

/** Assigns leads/accounts (with their children) to a user or the pool; all or nothing. Returns the changed collections. */
export async function assign(
  db: Kysely<Database>,
  viewer: Viewer,
  req: AssignRequest,
): Promise<{ assigned: number; collections: string[] }> {
  return db.transaction().execute(async (tx) => {
    let target: Scoped | 'pool' = 'pool';
    if (req.ownerId !== POOL_OWNER) {
      const user = await tx
        .selectFrom('users')
        .select(['id', 'department_id', 'active'])
        .where('id', '=', req.ownerId)
        .executeTakeFirst();
      if (!user || !user.active)
        throw new HttpError(400, 'INVALID', `ownerId: no active user ${req.ownerId}`, [
          { field: 'ownerId', message: 'no such active user' },
        ]);
      target = { ownerId: user.id, departmentId: user.department_id };
    }
    const touched = new Set<string>();
    let assigned = 0;
    for (const id of req.ids) {
      const row = await lockDoc(tx, req.collection, id);
      if (!row) throw new HttpError(404, 'NOT_FOUND', `${req.collection}/${id} does not exist`);
      const decision = canAssign(viewer, { ownerId: row.owner_id, departmentId: row.department_id }, target);
      if (!decision.ok)
        throw new HttpError(403, decision.code, `${req.collection}/${id}: ${decision.reason}`);
      const move: Move = {
        ownerId: target === 'pool' ? POOL_OWNER : target.ownerId,
        departmentId: target === 'pool' ? row.department_id : target.departmentId,
        by: viewer.userId,
        at: new Date().toISOString(),
      };
      await moveDoc(tx, req.collection, id, row, move, touched);
      await moveChildren(tx, req.collection, id, move, touched);
      assigned++;
    }
    return { assigned, collections: [...touched] };
  });
}

/** The first claim wins: the row lock serialises concurrent claims and the second sees it is no longer in the pool. */
export async function claim(
  db: Kysely<Database>,
  viewer: Viewer,
  req: ClaimRequest,
): Promise<{ collections: string[] }> {
  return db.transaction().execute(async (tx) => {
    const row = await lockDoc(tx, req.collection, req.id);
    if (!row || row.deleted)
      throw new HttpError(404, 'NOT_FOUND', `${req.collection}/${req.id} does not exist`);
    const decision = canClaim(viewer, { ownerId: row.owner_id, departmentId: row.department_id });
    if (!decision.ok)
      throw new HttpError(409, 'ALREADY_CLAIMED', decision.reason, undefined, { ownerId: row.owner_id });
    const touched = new Set<string>();
    const move: Move = {
      ownerId: viewer.userId,
      departmentId: viewer.departmentId,
      by: viewer.userId,
      at: new Date().toISOString(),
    };
    await moveDoc(tx, req.collection, req.id, row, move, touched);
    await moveChildren(tx, req.collection, req.id, move, touched);
    return { collections: [...touched] };
  });
}

/**
 * Moves one lead or account with its children to a new owner inside the caller's transaction, with no policy
 * check: for server jobs acting under company rules (e.g. returning idle records to the pool).
 */
export async function moveRecord(
  tx: Transaction<Database>,
  collection: 'leads' | 'accounts',
  id: string,
  target: { ownerId: string; departmentId?: string },
  by: string,
  touched: Set<string>,
): Promise<boolean> {
  const row = await lockDoc(tx, collection, id);
  if (!row || row.deleted) return false;
  const move: Move = {
    ownerId: target.ownerId,
    departmentId: target.departmentId ?? row.department_id,
    by,
    at: new Date().toISOString(),
  };
  await moveDoc(tx, collection, id, row, move, touched);
  await moveChildren(tx, collection, id, move, touched);
  return true;
}

/** The row, locked until the transaction ends, so a concurrent move or claim waits for this one. */
export function lockDoc(tx: Transaction<Database>, collection: string, id: string) {
  return tx
    .selectFrom('docs')
    .select(['data', 'owner_id', 'department_id', 'deleted'])
    .where('collection', '=', collection)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

async function moveChildren(
  tx: Transaction<Database>,
  parent: 'leads' | 'accounts',
  parentId: string,
  move: Move,
  touched: Set<string>,
) {
  const [field, collections] =
    parent === 'accounts' ? ['accountId', accountChildren] : ['subjectId', leadChildren];
  for (const collection of collections) {
    const children = await tx
      .selectFrom('docs')
      .select(['id', 'data', 'owner_id', 'department_id', 'deleted'])
      .where('collection', '=', collection)
      .where(sql<string>`data->>${field}`, '=', parentId)
      .forUpdate()
      .execute();
    for (const child of children) await moveDoc(tx, collection, child.id, child, move, touched);
  }
}

/** Re-owns one row and records, in the same transaction, who lost sight of it (their next pull drops it). */
async function moveDoc(
  tx: Transaction<Database>,
  collection: string,
  id: string,
  row: { data: unknown; owner_id: string; department_id: string; deleted: boolean },
  move: Move,
  touched: Set<string>,
) {
  if (row.owner_id === move.ownerId && row.department_id === move.departmentId) return;
  const data = {
    ...parse(row),
    ownerId: move.ownerId,
    departmentId: move.departmentId,
    updatedAt: move.at,
    updatedBy: move.by,
  };
  await writeDoc(
    tx,
    collection,
    data as typeof data & { ownerId: string; departmentId: string },
    row.deleted,
    true,
  );
  const revocations: { scope_kind: 'user' | 'department' | 'pool'; scope_id: string }[] = [];
  if (row.owner_id === POOL_OWNER) revocations.push({ scope_kind: 'pool', scope_id: '' });
  else if (row.owner_id !== move.ownerId) revocations.push({ scope_kind: 'user', scope_id: row.owner_id });
  if (row.department_id !== move.departmentId)
    revocations.push({ scope_kind: 'department', scope_id: row.department_id });
  if (revocations.length)
    await tx
      .insertInto('revocations')
      .values(revocations.map((r) => ({ collection, doc_id: id, ...r })))
      .execute();
  touched.add(collection);
}
