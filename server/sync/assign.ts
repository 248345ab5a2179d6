import type { Kysely, Transaction } from 'kysely';
import { canAssign, canClaim, canRead, type Viewer } from '../../shared/permissions/policy';
import type { AssignRequest, ClaimRequest } from '../../shared/api';
import type { Database } from '../db/schema';
import { HttpError } from '../http-error';
import { lockDoc } from '../db/docs-table';
import { holderOf, moveChildren, moveDoc, type Move } from './move';

/** Assigns leads/accounts (with their children) to a user or the pool; all or nothing. Returns the changed collections. */
export async function assign(
  db: Kysely<Database>,
  viewer: Viewer,
  req: AssignRequest,
): Promise<{ assigned: number; collections: string[] }> {
  return db.transaction().execute(async (tx) => {
    const holder = await holderOf(tx, req.ownerId);
    if (!holder || (holder.kind === 'user' && !holder.active))
      throw new HttpError(400, 'INVALID', `ownerId: no active user ${req.ownerId}`, [
        { field: 'ownerId', message: 'no such active user' },
      ]);
    const touched = new Set<string>();
    let assigned = 0;
    for (const id of req.ids) {
      const row = await lockDoc(tx, req.collection, id);
      const from = row ? { ownerId: row.owner_id, departmentId: row.department_id } : undefined;
      // One answer for "no such record", "deleted for good" and "not yours to see": a refusal must not
      // confirm that an id exists, and a deleted record is given to nobody (nothing of the batch moves).
      if (!row || !from || row.deleted || !canRead(viewer, req.collection, from))
        throw new HttpError(404, 'NOT_FOUND', `${req.collection}/${id} does not exist`);
      // To the pool a record keeps its department; to a user it takes theirs.
      const to = {
        ownerId: req.ownerId,
        departmentId: holder.kind === 'user' ? holder.departmentId : row.department_id,
      };
      const decision = canAssign(viewer, req.collection, from, to, holder);
      if (!decision.ok)
        throw new HttpError(
          decision.code === 'INVALID' ? 400 : 403,
          decision.code,
          `${req.collection}/${id}: ${decision.reason}`,
        );
      const move: Move = { ...to, by: viewer.userId, at: new Date().toISOString() };
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
    const scope = { ownerId: row.owner_id, departmentId: row.department_id };
    const decision = canClaim(viewer, scope);
    if (!decision.ok) {
      // Who holds it is not the claimer's to learn; that it exists, only if they see it or saw it in the pool.
      if (!canRead(viewer, req.collection, scope) && !(await leftPool(tx, req.collection, req.id)))
        throw new HttpError(404, 'NOT_FOUND', `${req.collection}/${req.id} is not in the pool`);
      throw new HttpError(409, 'ALREADY_CLAIMED', decision.reason);
    }
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

/** Whether the record was once claimed or assigned out of the pool (everyone could see it there). */
async function leftPool(tx: Transaction<Database>, collection: string, id: string): Promise<boolean> {
  const row = await tx
    .selectFrom('revocations')
    .select('id')
    .where('collection', '=', collection)
    .where('doc_id', '=', id)
    .where('scope_kind', '=', 'pool')
    .limit(1)
    .executeTakeFirst();
  return !!row;
}
