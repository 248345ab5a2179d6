import { sql, type Transaction } from 'kysely';
import type { CollectionName, DocOf } from '@shared/model/collections';
import { validateDoc } from '@shared/model/validate';
import type { Database } from '../db/schema';
import { writeDoc } from '../db/docs-table';

/** The author stamped on what the server writes by itself. */
export const SYSTEM_USER = 'system';

type Scoped = Record<string, unknown> & { id: string; ownerId: string; departmentId: string };

function checked<N extends CollectionName>(collection: N, doc: unknown): DocOf<N> & Scoped {
  const result = validateDoc(collection, doc);
  if (!result.ok) {
    // A job builds its documents itself: an invalid one is a bug, never something to write half of.
    throw new Error(
      `job wrote an invalid ${collection} doc: ${result.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
    );
  }
  return result.value as DocOf<N> & Scoped;
}

/**
 * Inserts a job's document unless its (stable) id exists: through the sync push's own write, so the row gets
 * the transaction's xid and every client with it in scope pulls it. Returns whether it was written.
 */
export async function insertIfAbsent<N extends CollectionName>(
  tx: Transaction<Database>,
  collection: N,
  doc: DocOf<N>,
): Promise<boolean> {
  const valid = checked(collection, doc);
  const exists = await tx
    .selectFrom('docs')
    .select('id')
    .where('collection', '=', collection)
    .where('id', '=', valid.id)
    .executeTakeFirst();
  if (exists) return false;
  await writeDoc(tx, collection, valid, false, false);
  return true;
}

/**
 * Replaces a document only if it is still exactly the version the job read (same updatedAt, not deleted):
 * a concurrent push or another server process that got there first makes this a no-op (false), never a
 * double application. Postgres re-checks the condition after waiting for a concurrent writer's row lock.
 */
export async function replaceIfUnchanged<N extends CollectionName>(
  tx: Transaction<Database>,
  collection: N,
  seenUpdatedAt: string,
  next: DocOf<N>,
  extraCondition?: { field: string; equals: string },
): Promise<boolean> {
  const valid = checked(collection, next);
  let q = tx
    .updateTable('docs')
    .set({
      data: JSON.stringify(valid),
      owner_id: valid.ownerId,
      department_id: valid.departmentId,
      updated_at: new Date(),
      xid: sql`pg_current_xact_id()`,
    } as never)
    .where('collection', '=', collection)
    .where('id', '=', valid.id)
    .where('deleted', '=', false)
    .where(sql<string>`data->>'updatedAt'`, '=', seenUpdatedAt);
  if (extraCondition) q = q.where(sql<string>`data->>${extraCondition.field}`, '=', extraCondition.equals);
  const row = await q.returning('id').executeTakeFirst();
  return row !== undefined;
}
