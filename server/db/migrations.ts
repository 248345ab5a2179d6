import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** Versioned, in-code migrations: append new ones, never edit a released one. */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('departments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('department_id', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
        .execute();
      await db.schema
        .createTable('device_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('device_name', 'text', (c) => c.notNull())
        .addColumn('access_hash', 'text', (c) => c.notNull().unique())
        .addColumn('access_expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('refresh_hash', 'text', (c) => c.notNull().unique())
        .addColumn('prev_refresh_hash', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('revoked_at', 'timestamptz')
        .execute();
      await db.schema
        .createIndex('device_sessions_prev_refresh')
        .on('device_sessions')
        .column('prev_refresh_hash')
        .execute();
      await db.schema
        .createTable('docs')
        .addColumn('collection', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('data', 'jsonb', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('department_id', 'text', (c) => c.notNull())
        .addColumn('deleted', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('xid', sql`xid8`, (c) => c.notNull().defaultTo(sql`pg_current_xact_id()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('docs_pk', ['collection', 'id'])
        .execute();
      await db.schema.createIndex('docs_pull').on('docs').columns(['collection', 'xid', 'id']).execute();
      await db.schema.createIndex('docs_owner').on('docs').columns(['collection', 'owner_id']).execute();
      await db.schema
        .createIndex('docs_department')
        .on('docs')
        .columns(['collection', 'department_id'])
        .execute();
      await sql`create index docs_account on docs (collection, (data->>'accountId'))`.execute(db);
      await sql`create index docs_subject on docs (collection, (data->>'subjectId'))`.execute(db);
      await db.schema
        .createTable('revocations')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('collection', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('scope_kind', 'text', (c) => c.notNull())
        .addColumn('scope_id', 'text', (c) => c.notNull())
        .addColumn('xid', sql`xid8`, (c) => c.notNull().defaultTo(sql`pg_current_xact_id()`))
        .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createIndex('revocations_pull')
        .on('revocations')
        .columns(['collection', 'xid', 'doc_id'])
        .execute();
      await db.schema
        .createIndex('revocations_doc')
        .on('revocations')
        .columns(['collection', 'doc_id', 'scope_kind', 'scope_id'])
        .execute();
    },
  },
  '0002_stream_presence': {
    async up(db) {
      // When some server process last saw this session's live stream open (presence across processes).
      await db.schema.alterTable('device_sessions').addColumn('stream_seen_at', 'timestamptz').execute();
    },
  },
  '0003_lookup_indexes': {
    async up(db) {
      // Blob downloads look up the attachment by content hash; the pool job reads only recent activities.
      await sql`create index docs_sha256 on docs ((data->>'sha256')) where collection = 'attachments'`.execute(
        db,
      );
      await sql`create index docs_at on docs (collection, (data->>'at'))`.execute(db);
    },
  },
  '0004_auth_hardening': {
    async up(db) {
      // Refresh rotation: when the current token was issued (idle expiry), and the race grace of the previous one.
      await db.schema
        .alterTable('device_sessions')
        .addColumn('refresh_issued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('grace_pair', 'text')
        .addColumn('grace_used', 'boolean', (c) => c.notNull().defaultTo(false))
        .execute();
      // Every refresh token a session has used: presenting any of them again is theft.
      await db.schema
        .createTable('used_refresh_tokens')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('device_sessions.id'))
        .addColumn('used_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createIndex('used_refresh_tokens_session')
        .on('used_refresh_tokens')
        .columns(['session_id', 'used_at'])
        .execute();
      await db.schema
        .createTable('stream_tickets')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('device_sessions.id'))
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
      // Failed sign-ins per account and per address, shared by every server process.
      await db.schema
        .createTable('login_throttle')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('last_failure_at', 'timestamptz', (c) => c.notNull())
        .addColumn('blocked_until', 'timestamptz', (c) => c.notNull())
        .execute();
    },
  },
  '0005_blob_uploaders': {
    async up(db) {
      // Who proved possession of a blob's bytes by uploading them: a download goes through an attachment
      // whose creator is one of them, so knowing a hash opens nothing (docs/blobs.md).
      await db.schema
        .createTable('blob_uploaders')
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('blob_uploaders_pk', ['sha256', 'user_id'])
        .execute();
      // Attachments made before uploaders were recorded keep working: their creators count as uploaders.
      await sql`insert into blob_uploaders (sha256, user_id)
        select distinct data->>'sha256', data->>'createdBy' from docs
        where collection = 'attachments' and data->>'sha256' is not null and data->>'createdBy' is not null
        on conflict do nothing`.execute(db);
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
