import { sql, type Kysely, type Transaction } from 'kysely';
import { BAD_TEXT_MESSAGE, findBadText } from '../../shared/model/text';
import { HttpError } from '../http-error';
import type { Database } from './schema';

/**
 * The `docs` table: every synced document, one row per collection and id, its JSON in `data` and its scope
 * (owner, department) in columns for the pull's filters. Push, assignment, hand-over, the jobs and the demo
 * seed read, lock and write rows only through here.
 */

/** A row's document (PGlite answers JSON columns as text, Postgres as objects). */
export function docData(row: { data: unknown }): Record<string, unknown> {
  return (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>;
}

/** The row as it is now, without locking it. */
export function readDoc(db: Kysely<Database> | Transaction<Database>, collection: string, id: string) {
  return db
    .selectFrom('docs')
    .select(['data', 'owner_id', 'department_id', 'deleted'])
    .where('collection', '=', collection)
    .where('id', '=', id)
    .executeTakeFirst();
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

/** Whether a row exists (deleted ones too: ids are never reused). */
export async function docExists(
  db: Kysely<Database> | Transaction<Database>,
  collection: string,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('docs')
    .select('id')
    .where('collection', '=', collection)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Writes one synced document row; every write takes the transaction's xid, the pull checkpoint. */
export async function writeDoc(
  tx: Transaction<Database>,
  collection: string,
  data: Record<string, unknown> & { ownerId: string; departmentId: string },
  deleted: boolean,
  exists: boolean,
) {
  const bad = findBadText(data);
  if (bad) throw new HttpError(400, 'INVALID', `${bad.join('.')}: ${BAD_TEXT_MESSAGE}`);
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
