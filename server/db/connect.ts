import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ChangeBus, LocalBus, PostgresBus } from './bus';
import { migrationProvider } from './migrations';
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
}

export interface Store {
  db: Kysely<Database>;
  bus: ChangeBus;
  dialect: 'pglite' | 'postgres';
  /** Rows just written (keeps the embedded database's planner statistics fresh; Postgres does its own). */
  noteWrites(count: number): void;
  close(): Promise<void>;
}

/** Opens the database, runs pending migrations and starts the change bus. */
export async function openStore(config: StoreConfig): Promise<Store> {
  let store: Store;
  let stats: PgliteStats | undefined;
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const bus = await PostgresBus.start(config.databaseUrl, pool);
    store = {
      db,
      bus,
      dialect: 'postgres',
      noteWrites: () => undefined,
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
