import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Viewer } from '../../shared/permissions/policy';
import type { LoginResponse, SessionUser, TokenPair } from '../../shared/api';
import type { Database } from '../db/schema';
import { HttpError } from '../http-error';
import { verifyPasswordOf } from './passwords';
import { seal, unseal } from './seal';
import { REFRESH_GRACE_MS, type AuthSettings } from './settings';
import { ACCESS_TTL_MS, newToken, sha256 } from './tokens';

export interface Caller {
  viewer: Viewer;
  user: SessionUser;
  sessionId: string;
}

const toUser = (u: {
  id: string;
  name: string;
  email: string;
  role: SessionUser['role'];
  department_id: string;
}): SessionUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  departmentId: u.department_id,
});

function issuePair(now: number) {
  const access = newToken();
  const refresh = newToken();
  const expires = new Date(now + ACCESS_TTL_MS);
  const pair: TokenPair = {
    accessToken: access,
    accessExpiresAt: expires.toISOString(),
    refreshToken: refresh,
  };
  return { pair, accessHash: sha256(access), refreshHash: sha256(refresh), expires };
}

export async function login(
  db: Kysely<Database>,
  email: string,
  password: string,
  deviceId: string,
  deviceName: string,
  now = Date.now(),
): Promise<LoginResponse> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  // One message for every case, and as slow for an unknown or inactive user (a dummy hash is checked), so
  // neither the answer nor its timing reveals which emails exist.
  const account = user?.active ? user : null;
  const ok = await verifyPasswordOf(account?.password_hash ?? null, password);
  if (!ok || !account) throw new HttpError(401, 'BAD_CREDENTIALS', 'wrong email or password');
  const { pair, accessHash, refreshHash, expires } = issuePair(now);
  await db
    .insertInto('device_sessions')
    .values({
      id: randomUUID(),
      user_id: account.id,
      device_id: deviceId,
      device_name: deviceName,
      access_hash: accessHash,
      access_expires_at: expires,
      refresh_hash: refreshHash,
      prev_refresh_hash: null,
      refresh_issued_at: new Date(now),
      last_seen_at: new Date(now),
    })
    .execute();
  return { ...pair, user: toUser(account) };
}

/** Closes a session; `onRevoke` tells the streams (through the bus) so they close too. */
async function revokeSession(db: Kysely<Database>, sessionId: string, now: number) {
  await db
    .updateTable('device_sessions')
    .set({ revoked_at: new Date(now) })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

export interface RefreshOptions extends AuthSettings {
  /** A session was closed by this refresh (theft or idle expiry): close its streams. */
  onRevoke?: (sessionId: string) => Promise<void> | void;
}

/**
 * Rotates the pair. Every refresh token a session has used is remembered: presenting any of them again means
 * one of two holders stole it, so the session is closed. One exception keeps a device's own race harmless:
 * within REFRESH_GRACE_MS of a rotation, the token it replaced is accepted once more and answers the same
 * new pair (kept sealed with that token, see seal.ts), so both racing requests end with the current tokens.
 */
export async function refresh(
  db: Kysely<Database>,
  refreshToken: string,
  deviceId: string,
  options: RefreshOptions,
): Promise<TokenPair> {
  const now = options.now();
  const hash = sha256(refreshToken);
  const revoke = async (sessionId: string, code: string, message: string): Promise<never> => {
    await revokeSession(db, sessionId, now);
    await options.onRevoke?.(sessionId);
    throw new HttpError(401, code, message);
  };

  const session = await db
    .selectFrom('device_sessions')
    .selectAll()
    .where('refresh_hash', '=', hash)
    .executeTakeFirst();
  if (session) {
    if (session.revoked_at) throw new HttpError(401, 'SESSION_REVOKED', 'this device was signed out');
    if (session.device_id !== deviceId)
      throw new HttpError(401, 'UNAUTHENTICATED', 'the refresh token belongs to another device');
    if (now - new Date(session.refresh_issued_at).getTime() > options.refreshIdleMs)
      return revoke(session.id, 'SESSION_EXPIRED', 'this device was not used for too long; sign in again');
    const { pair, accessHash, refreshHash, expires } = issuePair(now);
    const rotated = await db.transaction().execute(async (tx) => {
      // Only if the token is still current: of two racing rotations, one wins and the other takes the grace path.
      const row = await tx
        .updateTable('device_sessions')
        .set({
          access_hash: accessHash,
          access_expires_at: expires,
          refresh_hash: refreshHash,
          prev_refresh_hash: hash,
          refresh_issued_at: new Date(now),
          grace_pair: seal(refreshToken, JSON.stringify(pair)),
          grace_used: false,
          last_seen_at: new Date(now),
        })
        .where('id', '=', session.id)
        .where('refresh_hash', '=', hash)
        .returning('id')
        .executeTakeFirst();
      if (!row) return false;
      await tx
        .insertInto('used_refresh_tokens')
        .values({ hash, session_id: session.id, used_at: new Date(now) })
        .execute();
      // A token used longer ago than the idle time could not refresh anyway: forgetting it bounds the list.
      await tx
        .deleteFrom('used_refresh_tokens')
        .where('session_id', '=', session.id)
        .where('used_at', '<', new Date(now - options.refreshIdleMs))
        .execute();
      return true;
    });
    if (rotated) return pair;
  }

  const previous = await db
    .selectFrom('device_sessions')
    .selectAll()
    .where('prev_refresh_hash', '=', hash)
    .executeTakeFirst();
  if (
    previous &&
    !previous.revoked_at &&
    previous.device_id === deviceId &&
    previous.grace_pair &&
    !previous.grace_used &&
    now - new Date(previous.refresh_issued_at).getTime() <= REFRESH_GRACE_MS
  ) {
    const claimed = await db
      .updateTable('device_sessions')
      .set({ grace_used: true, grace_pair: null })
      .where('id', '=', previous.id)
      .where('prev_refresh_hash', '=', hash)
      .where('grace_used', '=', false)
      .returning('id')
      .executeTakeFirst();
    const text = claimed ? unseal(refreshToken, previous.grace_pair) : null;
    if (text) return JSON.parse(text) as TokenPair;
  }

  const used = await db
    .selectFrom('used_refresh_tokens')
    .select('session_id')
    .where('hash', '=', hash)
    .executeTakeFirst();
  if (used)
    return revoke(
      used.session_id,
      'SESSION_REVOKED',
      'this refresh token was already used; the session is closed',
    );
  throw new HttpError(401, 'UNAUTHENTICATED', 'unknown refresh token');
}

/** Checks a bearer token against its session on every request, so a revoke works at once on every process. */
export async function authenticate(
  db: Kysely<Database>,
  accessToken: string | undefined,
  now = Date.now(),
): Promise<Caller> {
  if (!accessToken) throw new HttpError(401, 'UNAUTHENTICATED', 'sign in first');
  const row = await db
    .selectFrom('device_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id as sessionId',
      's.revoked_at',
      's.access_expires_at',
      's.last_seen_at',
      'u.id',
      'u.name',
      'u.email',
      'u.role',
      'u.department_id',
      'u.active',
    ])
    .where('s.access_hash', '=', sha256(accessToken))
    .executeTakeFirst();
  if (!row) throw new HttpError(401, 'UNAUTHENTICATED', 'unknown or replaced access token');
  if (row.revoked_at || !row.active)
    throw new HttpError(401, 'SESSION_REVOKED', 'this device was signed out');
  if (new Date(row.access_expires_at).getTime() < now)
    throw new HttpError(401, 'TOKEN_EXPIRED', 'the access token expired; refresh it');
  // "Last seen" is for the admin's device list: minute precision is plenty and spares a write per request.
  if (now - new Date(row.last_seen_at).getTime() > 60_000) {
    await db
      .updateTable('device_sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', row.sessionId)
      .execute();
  }
  const user = toUser(row);
  return {
    user,
    sessionId: row.sessionId,
    viewer: { userId: user.id, role: user.role, departmentId: user.departmentId },
  };
}

export async function logout(db: Kysely<Database>, sessionId: string) {
  await db
    .updateTable('device_sessions')
    .set({ revoked_at: new Date() })
    .where('id', '=', sessionId)
    .execute();
}
