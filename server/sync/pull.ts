import { sql, type Kysely } from 'kysely';
import type { CollectionName } from '../../shared/model/collections';
import { readScope, type Viewer } from '../../shared/permissions/policy';
import { POOL_OWNER } from '../../shared/model/common';
import type { Checkpoint, PullResponse } from '../../shared/api';
import type { Database } from '../db/schema';

/** SQL for "the viewer may read this docs row" (alias d), from the one policy in shared/permissions. */
function visibleSql(viewer: Viewer, collection: CollectionName) {
  const scope = readScope(viewer, collection);
  if (scope.kind === 'all')
    return scope.onlyOwnPrivate
      ? sql`(d.data->>'kind' is distinct from ${scope.onlyOwnPrivate.settingsKind} or d.owner_id = ${scope.onlyOwnPrivate.ownerId})`
      : sql`true`;
  if (scope.kind === 'department')
    return sql`(d.department_id = ${scope.departmentId} or d.owner_id = ${POOL_OWNER})`;
  return sql`(d.owner_id = ${scope.ownerId} or d.owner_id = ${POOL_OWNER})`;
}

/** Revocations addressed to the viewer: as a former owner, a former department's manager, or a pool reader. */
function revokedForSql(viewer: Viewer) {
  const asManager =
    viewer.role === 'manager'
      ? sql`or (r.scope_kind = 'department' and r.scope_id = ${viewer.departmentId})`
      : sql``;
  return sql`((r.scope_kind = 'user' and r.scope_id = ${viewer.userId}) ${asManager} or r.scope_kind = 'pool')`;
}

/**
 * Rows after the checkpoint in (xid, id) order, held back while any older transaction is still open
 * (xid < xmin of the current snapshot), so a transaction that commits late is never skipped.
 * Records that left the viewer's scope come as bare tombstones, `{id, _deleted: true}` and nothing of the
 * record: what it holds now belongs to someone else (the device completes the tombstone from its own copy,
 * renderer/src/db/replication/revoked.ts).
 */
export async function pull(
  db: Kysely<Database>,
  viewer: Viewer,
  collection: CollectionName,
  checkpoint: Checkpoint | null,
  limit: number,
): Promise<PullResponse> {
  return JSON.parse(await pullJson(db, viewer, collection, checkpoint, limit)) as PullResponse;
}

/**
 * The pull answer as JSON text: the documents come out of Postgres already serialised (with `_deleted`
 * merged in), so the server neither parses nor re-serialises them. An initial sync is mostly this.
 */
export async function pullJson(
  db: Kysely<Database>,
  viewer: Viewer,
  collection: CollectionName,
  checkpoint: Checkpoint | null,
  limit: number,
): Promise<string> {
  const xid = checkpoint?.xid ?? '0';
  const id = checkpoint?.id ?? '';
  const visible = visibleSql(viewer, collection);
  // One row out: PGlite pays per result row, so the page is joined into JSON text inside Postgres.
  const result = await sql<{ docs: string | null; xid: string | null; id: string | null }>`
    with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
    live as (
      select d.id, d.xid, d.data, d.deleted from docs d, horizon h
      where d.collection = ${collection} and (d.xid, d.id) > (${xid}::xid8, ${id}) and d.xid < h.xmin and ${visible}
      order by d.xid, d.id limit ${limit}
    ),
    gone as (
      select distinct on (r.xid, r.doc_id) r.doc_id as id, r.xid, jsonb_build_object('id', r.doc_id) as data,
        true as deleted
      from revocations r join docs d on d.collection = r.collection and d.id = r.doc_id, horizon h
      where r.collection = ${collection} and (r.xid, r.doc_id) > (${xid}::xid8, ${id}) and r.xid < h.xmin
        and ${revokedForSql(viewer)} and not ${visible}
      order by r.xid, r.doc_id limit ${limit}
    ),
    page as (
      select u.id, u.xid, (u.data || jsonb_build_object('_deleted', u.deleted))::text as doc
      from (select * from live union all select * from gone) u
      order by u.xid, u.id limit ${limit}
    )
    select string_agg(doc, ',' order by xid, id) as docs,
      (array_agg(xid::text order by xid desc, id desc))[1] as xid,
      (array_agg(id order by xid desc, id desc))[1] as id
    from page
  `.execute(db);
  const row = result.rows[0];
  const next: Checkpoint | null = row?.xid && row.id ? { xid: row.xid, id: row.id } : checkpoint;
  const serverTime = new Date().toISOString();
  return `{"documents":[${row?.docs ?? ''}],"checkpoint":${JSON.stringify(next)},"serverTime":"${serverTime}"}`;
}
