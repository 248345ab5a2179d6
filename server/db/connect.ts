import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { ChangeBus, LocalBus, PostgresBus } from './bus';
import { migrationProvider } from './migrations';
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
}

export interface Store {
  db: Kysely<Database>;
  bus: ChangeBus;
  dialect: 'pglite' | 'postgres';
  /** Rows just written (keeps the embedded database's planner statistics fresh; Postgres does its own). */
  noteWrites(count: number): void;
  /** Readiness: resolves when the database answers `select 1` within `timeoutMs`, else DbUnavailableError. */
  ping(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Opens the database, runs pending migrations and starts the change bus. */
export async function openStore(config: StoreConfig): Promise<Store> {
  let store: Store;
  let stats: PgliteStats | undefined;
  if (config.databaseUrl) {
    const timeouts = config.timeouts ?? DEFAULT_DB_TIMEOUTS;
    const log = config.log ?? (() => undefined);
    const pool = createPool(config.databaseUrl, timeouts, log, config.poolSize);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: kyselyPool(pool) }) });
    let bus: PostgresBus;
    try {
      bus = await PostgresBus.start(config.databaseUrl, pool, { timeouts, log });
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
    store = {
      db,
      bus,
      dialect: 'postgres',
      noteWrites: () => undefined,
      ping: (timeoutMs) => pingWithin(() => pool.query('select 1'), timeoutMs),
      close: async () => {
        await bus.close();
        await db.destroy();
      },
    };
  } else {
    if (!config.dataDir.startsWith('memory://')) mkdirSync(config.dataDir, { recursive: true });
    const lite = await PGlite.create(
      config.dataDir,
      config.pgliteTemplate ? { loadDataDir: config.pgliteTemplate } : {},
    );
    // One session for everything: enough sort memory that a large pull page never spills to disk.
    await lite.exec(`set work_mem = '32MB'`);
    const db = new Kysely<Database>({ dialect: new PGliteDialect(lite) });
    const keeper = new PgliteStats(db);
    stats = keeper;
    store = {
      db,
      bus: new LocalBus(),
      dialect: 'pglite',
      noteWrites: (count) => keeper.noteWrites(count),
      ping: (timeoutMs) => pingWithin(() => sql`select 1`.execute(db), timeoutMs),
      close: async () => {
        await keeper.idle();
        await db.destroy();
        await lite.close();
      },
    };
  }
  await migrate(store.db);
  await stats?.analyse();
  return store;
}

async function migrate(db: Kysely<Database>) {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed)
    throw new Error(
      `database migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`,
    );
}
