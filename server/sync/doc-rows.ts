import { sql, type Transaction } from 'kysely';
import { BAD_TEXT_MESSAGE, findBadText } from '../../shared/model/text';
import type { Database } from '../db/schema';
import { HttpError } from '../http-error';

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

export function parse(row: { data: unknown }): Record<string, unknown> {
  return (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>;
}
