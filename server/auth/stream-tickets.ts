import type { Kysely } from 'kysely';
import type { StreamTicket } from '../../shared/api';
import type { Database } from '../db/schema';
import { HttpError } from '../http-error';
import { STREAM_TICKET_TTL_MS } from './settings';
import { newToken, sha256 } from './tokens';

/**
 * Browsers' EventSource cannot send headers, so the stream is opened with a ticket in the URL instead of the
 * access token: it opens one stream of one session within a minute and nothing else, so a URL that ends up
 * in a log or a proxy's history is worth nothing. Only its hash is stored.
 */
export async function issueStreamTicket(
  db: Kysely<Database>,
  sessionId: string,
  now: number,
): Promise<StreamTicket> {
  const ticket = newToken();
  const expiresAt = new Date(now + STREAM_TICKET_TTL_MS);
  // Spent-by-time tickets of every session go here; used ones are deleted when used.
  await db.deleteFrom('stream_tickets').where('expires_at', '<', new Date(now)).execute();
  await db
    .insertInto('stream_tickets')
    .values({ hash: sha256(ticket), session_id: sessionId, expires_at: expiresAt })
    .execute();
  return { ticket, expiresAt: expiresAt.toISOString() };
}

/** Spends a ticket (deleted whatever the outcome) and answers the live session it opens. */
export async function redeemStreamTicket(
  db: Kysely<Database>,
  ticket: string | undefined,
  now: number,
): Promise<string> {
  if (!ticket) throw new HttpError(401, 'UNAUTHENTICATED', 'ticket: a stream ticket is required');
  const row = await db
    .deleteFrom('stream_tickets')
    .where('hash', '=', sha256(ticket))
    .returning(['session_id', 'expires_at'])
    .executeTakeFirst();
  if (!row || new Date(row.expires_at).getTime() < now)
    throw new HttpError(401, 'UNAUTHENTICATED', 'ticket: unknown, used or expired stream ticket');
  const session = await db
    .selectFrom('device_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.revoked_at', 'u.active'])
    .where('s.id', '=', row.session_id)
    .executeTakeFirst();
  if (!session || session.revoked_at || !session.active)
    throw new HttpError(401, 'SESSION_REVOKED', 'this device was signed out');
  return session.id;
}
