import { sql, type Transaction } from 'kysely';
import { collectionDefs, type CollectionName } from '../../shared/model/collections';
import { POOL_OWNER } from '../../shared/model/common';
import type { Holder } from '../../shared/permissions/policy';
import type { Database } from '../db/schema';
import { docData as parse, writeDoc } from '../db/docs-table';

const accountChildren = (Object.keys(collectionDefs) as CollectionName[]).filter(
  (n) => collectionDefs[n].followsAccount,
);
/** A lead's own history and files follow it; everything else hangs off accounts. */
const leadChildren: CollectionName[] = ['activities', 'attachments'];

export interface Move {
  ownerId: string;
  departmentId: string;
  by: string;
  at: string;
}

type DocRow = { data: unknown; owner_id: string; department_id: string; deleted: boolean };

/** Who a record would go to (for `canMove`): the pool, a user with their department, or nobody. */
export async function holderOf(tx: Transaction<Database>, ownerId: string): Promise<Holder> {
  if (ownerId === POOL_OWNER) return { kind: 'pool' };
  const user = await tx
    .selectFrom('users')
    .select(['department_id', 'active'])
    .where('id', '=', ownerId)
    .executeTakeFirst();
  return user ? { kind: 'user', departmentId: user.department_id, active: user.active } : undefined;
}

/**
 * Records, in the caller's transaction, who lost sight of a record that moved from `from` to `to`: the former
 * owner, the former department's manager, or everyone who saw it in the pool. Their next pull drops it.
 */
export async function revokeFormerScope(
  tx: Transaction<Database>,
  collection: string,
  id: string,
  from: { owner_id: string; department_id: string },
  to: { ownerId: string; departmentId: string },
) {
  const revocations: { scope_kind: 'user' | 'department' | 'pool'; scope_id: string }[] = [];
  if (from.owner_id === POOL_OWNER && to.ownerId !== POOL_OWNER)
    revocations.push({ scope_kind: 'pool', scope_id: '' });
  else if (from.owner_id !== to.ownerId) revocations.push({ scope_kind: 'user', scope_id: from.owner_id });
  if (from.department_id !== to.departmentId)
    revocations.push({ scope_kind: 'department', scope_id: from.department_id });
  if (revocations.length)
    await tx
      .insertInto('revocations')
      .values(revocations.map((r) => ({ collection, doc_id: id, ...r })))
      .execute();
}

/** Moves the children of a lead or an account (activities, attachments, contacts…) with it. */
export async function moveChildren(
  tx: Transaction<Database>,
  parent: string,
  parentId: string,
  move: Move,
  touched: Set<string>,
) {
  if (parent !== 'leads' && parent !== 'accounts') return;
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

/** Re-owns one row and records, in the same transaction, who lost sight of it. */
export async function moveDoc(
  tx: Transaction<Database>,
  collection: string,
  id: string,
  row: DocRow,
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
  await revokeFormerScope(tx, collection, id, row, move);
  touched.add(collection);
}
