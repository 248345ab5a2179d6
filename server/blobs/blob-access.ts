import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { canRead, type Viewer } from '@shared/permissions/policy';
import type { Database } from '../db/schema';

export type BlobAccess =
  /** Some attachment the viewer sees names the hash (an upload is allowed); `bound`: one of them may be read. */
  { ok: true; bound: boolean; mime?: string } | { ok: false };

/**
 * Whether the viewer may upload or read the blob. Both need a live attachment referencing the hash that the
 * viewer sees under the one policy. Reading needs more: that attachment's creator (server-stamped
 * `createdBy`) must have uploaded these bytes, or the viewer must have. An attachment anyone can make names
 * any hash, but only an upload proves one holds the bytes: without it a rep could name another rep's hash on
 * a record of their own and download it.
 */
export async function canAccessBlob(
  db: Kysely<Database>,
  viewer: Viewer,
  sha256: string,
): Promise<BlobAccess> {
  const rows = await db
    .selectFrom('docs as d')
    .select([
      'd.owner_id',
      'd.department_id',
      sql<string>`d.data->>'mime'`.as('mime'),
      sql<boolean>`exists (select 1 from blob_uploaders u where u.sha256 = ${sha256}
        and u.user_id in (d.data->>'createdBy', ${viewer.userId}))`.as('bound'),
    ])
    .where('d.collection', '=', 'attachments')
    .where('d.deleted', '=', false)
    .where(sql<boolean>`d.data->>'sha256' = ${sha256}`)
    .execute();
  const seen = rows.filter((r) =>
    canRead(viewer, 'attachments', { ownerId: r.owner_id, departmentId: r.department_id }),
  );
  if (!seen.length) return { ok: false };
  const bound = seen.find((r) => r.bound);
  return { ok: true, bound: !!bound, mime: (bound ?? seen[0]!).mime };
}

/** Records that the viewer proved possession of the bytes (they uploaded bytes that hash to `sha256`). */
export async function recordUploader(db: Kysely<Database>, viewer: Viewer, sha256: string) {
  await db
    .insertInto('blob_uploaders')
    .values({ sha256, user_id: viewer.userId })
    .onConflict((oc) => oc.columns(['sha256', 'user_id']).doNothing())
    .execute();
}
