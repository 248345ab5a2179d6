import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { ChangeBus, LocalBus, PostgresBus } from './bus';
import { migrationProvider } from './migrations';
import { isDbUnavailable } from './db-errors';
import {
  createPool,
  DEFAULT_DB_TIMEOUTS,
  kyselyPool,
  pingWithin,
  type DbLog,
  type DbTimeouts,
} from './pg-pool';
import { PGliteDialect } from './pglite-dialect';
import { PgliteStats } from './pglite-stats';
import type { Database } from './schema';

export interface StoreConfig {
  /** Real Postgres; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  /** PGlite data folder; 'memory://' for a throwaway database. */
  dataDir: string;
  /** A dumped fresh PGlite cluster to start from (tests): skips PGlite's slow initdb. */
  pgliteTemplate?: Blob;
  /** Postgres only: statement and connection timeouts (defaults: 10 s and 5 s). */
  timeouts?: DbTimeouts;
  /** Postgres only: pool size (default 10). */
  poolSize?: number;
  /** Where survived database faults are reported (the server's logger). */
  log?: DbLog;
  /** Run once the schema is current (the demo seed), as part of bringing the database up. */
  prepare?: (db: Kysely<Database>) => Promise<unknown>;
  /**
   * Postgres only: return at once and keep trying to reach the database (with backoff between
   * `retryMinMs` and `retryMaxMs`) instead of failing when it is away at start; see `Store.ready`.
   */
  retryUntilReachable?: boolean;
  retryMinMs?: number;
  retryMaxMs?: number;
}

export interface Store {
  db: Kysely<Database>;
  bus: ChangeBus;
  dialect: 'pglite' | 'postgres';
  /** Rows just written (keeps the embedded database's planner statistics fresh; Postgres does its own). */
  noteWrites(count: number): void;
  /** Readiness: resolves when the database answers `select 1` within `timeoutMs`, else DbUnavailableError. */
  ping(timeoutMs: number): Promise<void>;
  /** The database was reached, migrated and prepared: until then data routes answer 503. */
  isReady(): boolean;
  /** Resolves when ready; rejects on a failure that is not the database being away (or on close). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the database, runs pending migrations, `prepare`s and starts the change bus. With
 * `retryUntilReachable` a Postgres that is away (not started yet, failing over) is retried in the background
 * and the store is returned at once, not ready.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const store = config.databaseUrl ? openPostgres(config, config.databaseUrl) : await openPglite(config);
  if (!config.retryUntilReachable) await store.ready;
  return store;
}

function openPostgres(config: StoreConfig, url: string): Store {
  const timeouts = config.timeouts ?? DEFAULT_DB_TIMEOUTS;
  const log = config.log ?? (() => undefined);
  const pool = createPool(url, timeouts, log, config.poolSize);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: kyselyPool(pool) }) });
  const bus = PostgresBus.create(url, pool, { timeouts, log });
  let up = false;
  let closed = false;
  const bringUp = async () => {
    await bus.connect();
    await migrate(db);
    await config.prepare?.(db);
  };
  const ready = (
    config.retryUntilReachable
      ? retryWhileAway(bringUp, {
          log,
          isClosed: () => closed,
          minMs: config.retryMinMs ?? 200,
          maxMs: config.retryMaxMs ?? 5_000,
        })
      : bringUp()
  ).then(() => {
    up = true;
  });
  ready.catch(() => undefined); // the caller decides what a failure means
  return {
    db,
    bus,
    dialect: 'postgres',
    noteWrites: () => undefined,
    ping: (timeoutMs) => pingWithin(() => pool.query('select 1'), timeoutMs),
    isReady: () => up,
    ready,
    close: async () => {
      closed = true;
      await ready.catch(() => undefined);
      await bus.close();
      await db.destroy();
    },
  };
}

async function openPglite(config: StoreConfig): Promise<Store> {
  if (!config.dataDir.startsWith('memory://')) mkdirSync(config.dataDir, { recursive: true });
  const lite = await PGlite.create(
    config.dataDir,
    config.pgliteTemplate ? { loadDataDir: config.pgliteTemplate } : {},
  );
  // One session for everything: enough sort memory that a large pull page never spills to disk.
  await lite.exec(`set work_mem = '32MB'`);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(lite) });
  const keeper = new PgliteStats(db);
  await migrate(db);
  await keeper.analyse();
  await config.prepare?.(db);
  return {
    db,
    bus: new LocalBus(),
    dialect: 'pglite',
    noteWrites: (count) => keeper.noteWrites(count),
    ping: (timeoutMs) => pingWithin(() => sql`select 1`.execute(db), timeoutMs),
    isReady: () => true,
    ready: Promise.resolve(),
    close: async () => {
      await keeper.idle();
      await db.destroy();
      await lite.close();
    },
  };
}

/** "Not there yet" on top of the faults of a running database: the database itself does not exist yet. */
const isAwayAtStart = (err: unknown) =>
  isDbUnavailable(err) || (err as { code?: unknown } | null)?.code === '3D000';

/**
 * Runs `attempt` until it succeeds, waiting between tries (doubling from `minMs` to `maxMs`, with jitter so
 * that many processes do not retry in step) while the database is away. Any other failure, or close, ends it.
 */
async function retryWhileAway(
  attempt: () => Promise<void>,
  opts: { log: DbLog; isClosed: () => boolean; minMs: number; maxMs: number },
): Promise<void> {
  let delay = opts.minMs;
  for (;;) {
    if (opts.isClosed()) throw new Error('store closed before the database was reached');
    try {
      await attempt();
      return;
    } catch (err) {
      if (!isAwayAtStart(err) || opts.isClosed()) throw err;
      opts.log(err, `database unreachable at start; retrying in ${delay} ms`);
    }
    await new Promise((r) => setTimeout(r, delay * (0.75 + Math.random() / 2)));
    delay = Math.min(delay * 2, opts.maxMs);
  }
}

async function migrate(db: Kysely<Database>) {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed)
    throw new Error(
      `database migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`,
    );
}
