import { sql } from 'kysely';
import { pruneLoginThrottle } from '../auth/login-throttle';
import type { Store } from '../db/connect';
import { autoCloseExpired } from './auto-close';
import { loadOrg } from './org';
import { returnIdleToPool } from './pool-return';
import { staleAlerts } from './stale-alert';

export interface JobsContext {
  store: Store;
}

export interface JobOptions {
  /** The company's time zone: a close date is over when that day has ended there. */
  timeZone?: string;
  intervalMs?: number;
  onError?: (error: unknown) => void;
}

export interface JobsResult {
  expired: string[];
  expiredNotifications: number;
  staleNotifications: string[];
  /** `collection/id` of leads and accounts returned to the pool by the company's idle rule. */
  returnedToPool: string[];
  poolCollections: string[];
  /** Login throttle rows deleted because they no longer change anything. */
  prunedThrottles: number;
}

export const DEFAULT_TIME_ZONE = process.env.CRM_TIME_ZONE || 'Asia/Shanghai';

/**
 * One pass of every server job, in one transaction under a Postgres advisory lock: two server processes
 * on one database take turns, and the second finds nothing left to do (the conditional updates and stable
 * ids make even an unlocked second run a no-op). Clients are told through the change bus, like after a push.
 */
export async function runJobsOnce(
  ctx: JobsContext,
  now: Date = new Date(),
  opts: JobOptions = {},
): Promise<JobsResult> {
  const timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const result = await ctx.store.db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext('crm:jobs'))`.execute(tx);
    const org = await loadOrg(tx);
    const closed = await autoCloseExpired(tx, org, now, timeZone);
    const stale = await staleAlerts(tx, org, now);
    const pool = await returnIdleToPool(tx, org, now);
    const prunedThrottles = await pruneLoginThrottle(tx, now.getTime());
    return {
      expired: closed.expired,
      expiredNotifications: closed.notifications,
      staleNotifications: stale,
      returnedToPool: pool.returned,
      poolCollections: pool.collections,
      prunedThrottles,
    };
  });
  const collections = [
    ...(result.expired.length ? ['opportunities', 'activities'] : []),
    ...(result.expiredNotifications || result.staleNotifications.length ? ['notifications'] : []),
    ...result.poolCollections,
  ];
  if (collections.length) await ctx.store.bus.publish({ type: 'change', collections });
  return result;
}

/** Runs the jobs now and then every intervalMs (default 5 minutes); `stop()` waits for a run in flight. */
export function startJobs(ctx: JobsContext, opts: JobOptions = {}): { stop(): Promise<void> } {
  const interval = opts.intervalMs ?? 5 * 60_000;
  const onError = opts.onError ?? ((e) => console.error('server jobs failed', e));
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = runJobsOnce(ctx, new Date(), opts).catch(onError);
  };
  tick();
  const timer = setInterval(() => void running.then(tick), interval);
  timer.unref?.();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
