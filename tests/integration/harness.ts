/**
 * Integration harness: a real sync server on 127.0.0.1 (embedded PGlite, or a throwaway PostgreSQL) and
 * "devices": RxDB databases in this process that sync with it through the real client library.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createRxDatabase, addRxPlugin, type RxStorage } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { EventSource } from 'eventsource';
import { collectionDefs, type CollectionName } from '../../shared/model/collections';
import { toRxJsonSchema } from '../../shared/db/rxdb-schema';
import type { Actor } from '../../shared/model/stamp';
import { DEMO_PASSWORD } from '../../shared/demo/organisation';
import type { LoginResponse } from '../../shared/api';
import { createServer, type RunningServer } from '../../server/app';
import type { ServerConfig } from '../../server/config';
import { startPostgres, type TestPostgres } from '../setup/postgres';
import { mergeConflictHandler } from '../../renderer/src/db/conflict-handler';
import type { CrmDatabase } from '../../renderer/src/db/database';
import {
  memoryTokenStore,
  signIn,
  startSync,
  type SyncHandle,
  type TokenStore,
  type EventSourceCtor,
  type StartSyncOptions,
} from '../../renderer/src/db/replication';

addRxPlugin(RxDBLocalDocumentsPlugin);
// Collections above schema version 0 (leads, notifications) need it even in a new database.
addRxPlugin(RxDBMigrationSchemaPlugin);

export type BackendKind = 'pglite' | 'postgres';
export const BACKENDS: BackendKind[] = (process.env.CRM_TEST_BACKENDS?.split(',') as
  BackendKind[] | undefined) ?? ['pglite', 'postgres'];

export interface Backend {
  kind: BackendKind;
  /** Postgres only: the database URL (to start more server processes on it). */
  databaseUrl?: string;
  pg?: TestPostgres;
  server: RunningServer;
  stop(): Promise<void>;
}

let dbCounter = 0;

/**
 * PGlite's initdb takes 10–20 s on a busy 2-core machine; a dump of a fresh cluster loads in ~3 s. The first
 * test process makes it and leaves it in the temp folder for the others (written atomically).
 */
export async function pgliteTemplate(): Promise<Blob> {
  const pkg = resolve(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const file = join(tmpdir(), `crm-pglite-template-${version}.tar`);
  if (!existsSync(file)) {
    const lite = await PGlite.create('memory://');
    const dump = await lite.dumpDataDir('none');
    await lite.close();
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

/** `overrides`: more server configuration, e.g. an injected clock (`now`) or a log stream. */
export async function startBackend(
  kind: BackendKind,
  overrides: Partial<ServerConfig> = {},
): Promise<Backend> {
  if (kind === 'pglite') {
    const server = await createServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: 'memory://',
      demo: true,
      logLevel: 'warn',
      pgliteTemplate: await pgliteTemplate(),
      ...overrides,
    });
    return { kind, server, stop: () => server.close() };
  }
  const pg = await startPostgres();
  const databaseUrl = await pg.createDatabase(`crm_${process.pid}_${++dbCounter}`);
  const server = await createServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: '',
    databaseUrl,
    demo: true,
    logLevel: 'warn',
    ...overrides,
  });
  return {
    kind,
    pg,
    databaseUrl,
    server,
    stop: async () => {
      await server.close();
      await pg.stop();
    },
  };
}

export async function login(
  url: string,
  email: string,
  deviceId = `dev-${email}-${Math.random().toString(36).slice(2)}`,
) {
  const tokens = memoryTokenStore();
  const res = await signIn(
    url,
    { email, password: DEMO_PASSWORD, deviceId, deviceName: `test ${email}` },
    tokens,
  );
  return { res, tokens, deviceId };
}

/** Plain authenticated JSON call (for the endpoints that are not replication). */
export async function api<T = any>(
  url: string,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(url + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export interface Device {
  name: string;
  db: CrmDatabase;
  user: LoginResponse['user'];
  actor: Actor;
  tokens: TokenStore;
  deviceId: string;
  accessToken(): Promise<string>;
  sync: SyncHandle | null;
  /** Starts (or restarts, after going "offline") syncing against `url`. */
  online(url?: string, options?: Partial<StartSyncOptions>): Promise<void>;
  /** Stops syncing: edits keep landing in the local database only. */
  offline(): Promise<void>;
  /** Persistent devices only: closes the database and opens it again (an app restart); sync stays off. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface DeviceOptions {
  /** IndexedDB (fake-indexeddb in Node, one instance per process) instead of memory: survives `restart()`. */
  persistent?: boolean;
  /** Every write (pulled ones included) checked against the collection's schema, as in dev builds. */
  validate?: boolean;
}

async function openDeviceDb(name: string, collections: CollectionName[], options: DeviceOptions) {
  const base = options.persistent ? getRxStorageDexie({ indexedDB, IDBKeyRange }) : getRxStorageMemory();
  const db = (await createRxDatabase({
    name,
    storage: (options.validate ? wrappedValidateAjvStorage({ storage: base as never }) : base) as RxStorage<
      unknown,
      unknown
    >,
    multiInstance: false,
    localDocuments: true,
  })) as unknown as CrmDatabase;
  await db.addCollections(
    Object.fromEntries(
      collections.map((c) => [
        c,
        {
          schema: toRxJsonSchema(c, collectionDefs[c]),
          migrationStrategies: collectionDefs[c].migrations,
          conflictHandler: mergeConflictHandler,
        },
      ]),
    ) as never,
  );
  return db;
}

/**
 * A device with only the collections a scenario needs: open-source RxDB allows 13 open collections per
 * process, so three devices of four collections fit in one test process.
 */
export async function openDevice(
  url: string,
  email: string,
  collections: CollectionName[],
  options: DeviceOptions = {},
): Promise<Device> {
  const name = `device${++dbCounter}${Math.random().toString(36).slice(2, 8)}`;
  let db = await openDeviceDb(name, collections, options);
  const { res, tokens, deviceId } = await login(url, email);
  const device: Device = {
    name,
    get db() {
      return db;
    },
    user: res.user,
    actor: { userId: res.user.id, departmentId: res.user.departmentId },
    tokens,
    deviceId,
    accessToken: async () => (await tokens.get())!.access,
    sync: null,
    async online(target = url, extra = {}) {
      await device.sync?.stop();
      device.sync = startSync({
        db,
        baseUrl: target,
        tokens,
        deviceId,
        userId: res.user.id,
        EventSource: EventSource as unknown as EventSourceCtor,
        resyncEveryMs: 60_000,
        ...extra,
      });
      await device.sync.awaitInitialSync();
    },
    async offline() {
      await device.sync?.stop();
      device.sync = null;
    },
    async restart() {
      if (!options.persistent) throw new Error('restart(): only a persistent device keeps its data');
      await device.offline();
      await db.close();
      db = await openDeviceDb(name, collections, options);
    },
    async close() {
      await device.sync?.stop();
      await db.close();
    },
  };
  return device;
}

/**
 * Polls until `check` passes (replication is asynchronous); fails with the last assertion error. The
 * default limit is generous for a busy machine: it only costs time when the check would fail anyway.
 */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
