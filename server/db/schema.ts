import type { ColumnType, Generated } from 'kysely';

/** The server's tables (see migrations.ts). Synced records live in one `docs` table, keyed by collection + id. */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: 'rep' | 'manager' | 'admin';
  department_id: string;
  password_hash: string;
  active: boolean;
}

export interface DepartmentsTable {
  id: string;
  name: string;
}

export interface DeviceSessionsTable {
  id: string;
  user_id: string;
  device_id: string;
  device_name: string;
  access_hash: string;
  access_expires_at: ColumnType<Date, Date | string, Date | string>;
  refresh_hash: string;
  /** The refresh token this one replaced: presenting it again means it was stolen (reuse detection). */
  prev_refresh_hash: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Some process held this session's live stream at this time (refreshed while it stays open). */
  stream_seen_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the current refresh token was issued: it expires after CRM_REFRESH_IDLE_DAYS unused. */
  refresh_issued_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** The current pair sealed with the previous refresh token, for a racing second refresh (see sessions.ts). */
  grace_pair: string | null;
  grace_used: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UsedRefreshTokensTable {
  hash: string;
  session_id: string;
  used_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface StreamTicketsTable {
  hash: string;
  session_id: string;
  expires_at: ColumnType<Date, Date | string, never>;
}

export interface LoginThrottleTable {
  /** `account:<email>` or `address:<ip>`. */
  key: string;
  failures: number;
  last_failure_at: ColumnType<Date, Date | string, Date | string>;
  blocked_until: ColumnType<Date, Date | string, Date | string>;
}

export interface DocsTable {
  collection: string;
  id: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  owner_id: string;
  department_id: string;
  deleted: boolean;
  /** The writing transaction (xid8), the pull checkpoint; written by default / explicitly on update. */
  xid: ColumnType<string, never, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface RevocationsTable {
  collection: string;
  doc_id: string;
  /** 'user' (a former owner), 'department' (a former department's manager) or 'pool' (everyone who saw it in the pool). */
  scope_kind: 'user' | 'department' | 'pool';
  scope_id: string;
  xid: ColumnType<string, never, never>;
  at: ColumnType<Date, Date | string | undefined, never>;
  id: Generated<number>;
}

/** Users who uploaded a blob's bytes (proof of possession); see server/blobs/blob-access.ts. */
export interface BlobUploadersTable {
  sha256: string;
  user_id: string;
  at: ColumnType<Date, Date | string | undefined, never>;
}

export interface Database {
  users: UsersTable;
  departments: DepartmentsTable;
  device_sessions: DeviceSessionsTable;
  docs: DocsTable;
  revocations: RevocationsTable;
  used_refresh_tokens: UsedRefreshTokensTable;
  stream_tickets: StreamTicketsTable;
  login_throttle: LoginThrottleTable;
  blob_uploaders: BlobUploadersTable;
}
