import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { canRead, type Viewer } from '@shared/permissions/policy';
import type { Database } from '../db/schema';

/**
 * Whether the viewer may read or write the blob: some live attachment record referencing the hash is visible
 * to them under the one policy. The bytes are as private as the most visible record that points at them.
 */
export async function canAccessBlob(
  db: Kysely<Database>,
  viewer: Viewer,
  sha256: string,
): Promise<{ ok: boolean; mime?: string }> {
  const rows = await db
    .selectFrom('docs')
    .select(['owner_id', 'department_id', sql<string>`data->>'mime'`.as('mime')])
    .where('collection', '=', 'attachments')
    .where('deleted', '=', false)
    .where(sql<boolean>`data->>'sha256' = ${sha256}`)
    .execute();
  const seen = rows.find((r) =>
    canRead(viewer, 'attachments', { ownerId: r.owner_id, departmentId: r.department_id }),
  );
  return seen ? { ok: true, mime: seen.mime } : { ok: false };
}
