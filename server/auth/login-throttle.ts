import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { HttpError } from '../http-error';
import { ACCOUNT_RULE, ADDRESS_RULE, delayAfter, retryAfterSeconds, type BackoffRule } from './backoff';

/**
 * Login throttling per account and per address (rules in backoff.ts). The counts live in the database, like
 * the sessions, so every server process behind a load balancer sees the same ones. A blocked attempt is
 * refused before the password is hashed, so a flood costs the server little.
 */
export async function throttledLogin<T>(
  db: Kysely<Database>,
  who: { email: string; address: string },
  now: number,
  attempt: () => Promise<T>,
): Promise<T> {
  const keys: [string, BackoffRule][] = [
    [`account:${who.email.trim().toLowerCase()}`, ACCOUNT_RULE],
    [`address:${who.address}`, ADDRESS_RULE],
  ];
  const blocked = await db
    .selectFrom('login_throttle')
    .select('blocked_until')
    .where(
      'key',
      'in',
      keys.map(([k]) => k),
    )
    .where('blocked_until', '>', new Date(now))
    .execute();
  if (blocked.length) {
    const until = Math.max(...blocked.map((b) => new Date(b.blocked_until).getTime()));
    const seconds = retryAfterSeconds(until, now);
    const error = new HttpError(
      429,
      'TOO_MANY_ATTEMPTS',
      `too many failed sign-ins; try again in ${seconds} s`,
      undefined,
      { retryAfter: seconds },
    );
    error.headers = { 'retry-after': String(seconds) };
    throw error;
  }
  let result: T;
  try {
    result = await attempt();
  } catch (error) {
    if (error instanceof HttpError && error.code === 'BAD_CREDENTIALS')
      for (const [key, rule] of keys) await recordFailure(db, key, rule, now);
    throw error;
  }
  await db.deleteFrom('login_throttle').where('key', '=', keys[0]![0]).execute();
  return result;
}

async function recordFailure(db: Kysely<Database>, key: string, rule: BackoffRule, now: number) {
  const at = new Date(now);
  // One statement counts, so concurrent failures on several processes all count.
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, last_failure_at: at, blocked_until: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when login_throttle.last_failure_at < ${new Date(now - rule.forgetAfterMs)} then 1 else login_throttle.failures + 1 end`,
        last_failure_at: at,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  const wait = delayAfter(rule, row.failures);
  if (wait > 0)
    await db
      .updateTable('login_throttle')
      .set({ blocked_until: new Date(now + wait) })
      .where('key', '=', key)
      .execute();
}

/** After this long without a failure a row changes nothing: it is not blocking and its count would restart. */
const FORGOTTEN_AFTER_MS = Math.max(ACCOUNT_RULE.forgetAfterMs, ADDRESS_RULE.forgetAfterMs);

/**
 * Deletes the rows that no longer change anything (not blocking, failures forgotten), so a spray of guesses
 * from many addresses or at many emails does not grow the table for ever. Run by the server jobs.
 */
export async function pruneLoginThrottle(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db
    .deleteFrom('login_throttle')
    .where('blocked_until', '<=', new Date(now))
    .where('last_failure_at', '<', new Date(now - FORGOTTEN_AFTER_MS))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
