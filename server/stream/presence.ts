import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { StreamHub } from './hub';

/** How often each process re-stamps the streams it holds; a session unseen for 3 periods is offline. */
export const PRESENCE_EVERY_MS = 20_000;

/**
 * Keeps `device_sessions.stream_seen_at` current for the streams this process holds, so that any process
 * (behind a load balancer) can tell an admin which devices are online, not just its own.
 */
export function startPresence(db: Kysely<Database>, hub: StreamHub, onError: (err: unknown) => void) {
  const stamp = (ids: string[], open: boolean) =>
    ids.length
      ? db
          .updateTable('device_sessions')
          .set({ stream_seen_at: open ? sql`now()` : null } as never)
          .where('id', 'in', ids)
          .execute()
          .then(() => undefined, onError)
      : Promise.resolve();
  const stop = hub.onPresence((sessionId, open) => void stamp([sessionId], open));
  const timer = setInterval(() => void stamp([...hub.onlineSessions()], true), PRESENCE_EVERY_MS);
  timer.unref();
  return {
    /** Marks this process's streams as gone (shutdown) and stops stamping. */
    async stop() {
      clearInterval(timer);
      stop();
      await stamp([...hub.onlineSessions()], false);
    },
  };
}

/** SQL: the session's stream was seen by some process recently enough to count as online. */
export const streamOnlineSql = sql<boolean>`coalesce(s.stream_seen_at > now() - ${sql.raw(
  `interval '${(PRESENCE_EVERY_MS * 3) / 1000} seconds'`,
)}, false)`;
