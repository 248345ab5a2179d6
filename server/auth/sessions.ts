import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Viewer } from '../../shared/permissions/policy';
import type { LoginResponse, SessionUser, TokenPair } from '../../shared/sync/protocol';
import type { Database } from '../db/schema';
import { HttpError } from '../http-error';
import { verifyPassword } from './passwords';
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
): Promise<LoginResponse> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  // One message for both cases, so the endpoint does not reveal which emails exist.
  if (!user || !user.active || !(await verifyPassword(user.password_hash, password))) {
    throw new HttpError(401, 'BAD_CREDENTIALS', 'wrong email or password');
  }
  const { pair, accessHash, refreshHash, expires } = issuePair(Date.now());
  await db
    .insertInto('device_sessions')
    .values({
      id: randomUUID(),
      user_id: user.id,
      device_id: deviceId,
      device_name: deviceName,
      access_hash: accessHash,
      access_expires_at: expires,
      refresh_hash: refreshHash,
      prev_refresh_hash: null,
    })
    .execute();
  return { ...pair, user: toUser(user) };
}

/** Rotates the pair. A refresh token that was already used revokes the session: one of the two holders stole it. */
export async function refresh(
  db: Kysely<Database>,
  refreshToken: string,
  deviceId: string,
): Promise<TokenPair> {
  const hash = sha256(refreshToken);
  const session = await db
    .selectFrom('device_sessions')
    .selectAll()
    .where('refresh_hash', '=', hash)
    .executeTakeFirst();
  if (!session) {
    const reused = await db
      .selectFrom('device_sessions')
      .select(['id'])
      .where('prev_refresh_hash', '=', hash)
      .executeTakeFirst();
    if (reused) {
      await db
        .updateTable('device_sessions')
        .set({ revoked_at: new Date() })
        .where('id', '=', reused.id)
        .execute();
      throw new HttpError(
        401,
        'SESSION_REVOKED',
        'this refresh token was already used; the session is closed',
      );
    }
    throw new HttpError(401, 'UNAUTHENTICATED', 'unknown refresh token');
  }
  if (session.revoked_at) throw new HttpError(401, 'SESSION_REVOKED', 'this device was signed out');
  if (session.device_id !== deviceId)
    throw new HttpError(401, 'UNAUTHENTICATED', 'the refresh token belongs to another device');
  const { pair, accessHash, refreshHash, expires } = issuePair(Date.now());
  await db
    .updateTable('device_sessions')
    .set({
      access_hash: accessHash,
      access_expires_at: expires,
      refresh_hash: refreshHash,
      prev_refresh_hash: hash,
      last_seen_at: new Date(),
    })
    .where('id', '=', session.id)
    .execute();
  return pair;
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
