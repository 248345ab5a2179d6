/**
 * One fuzz device in its own process (open-source RxDB allows 13 open collections per process): a real
 * RxDB database with the app's own sync client, driven over IPC by fuzz-run.ts. Its storage is RxDB's
 * memory storage, one instance for the life of the process: closing the database keeps the data, so a
 * restart (close, reopen, start sync again) reopens what was saved, sync metadata and local documents too.
 */
import { addRxPlugin, createRxDatabase, type RxStorage } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { EventSource } from 'eventsource';
import { collectionDefs } from '../../../shared/model/collections';
import { toRxJsonSchema } from '../../../shared/db/rxdb-schema';
import { DEMO_PASSWORD } from '../../../shared/demo/organisation';
import { mergeConflictHandler } from '../../../renderer/src/db/conflict-handler';
import type { CrmDatabase } from '../../../renderer/src/db/database';
import { insertDoc, trashDoc, updateDoc } from '../../../renderer/src/db/write';
import {
  memoryTokenStore,
  signIn,
  startSync,
  type EventSourceCtor,
  type FetchLike,
  type SyncHandle,
} from '../../../renderer/src/db/replication';
import { splitMeta } from '../../../renderer/src/db/write';
import { mulberry32 } from './random';

addRxPlugin(RxDBLocalDocumentsPlugin);
addRxPlugin(RxDBMigrationSchemaPlugin);

export const FUZZ_COLLECTIONS = ['leads', 'accounts', 'contacts', 'activities'] as const;
export type FuzzCollection = (typeof FUZZ_COLLECTIONS)[number];

export type Command =
  | { cmd: 'init'; url: string; email: string; name: string; seed: number }
  | { cmd: 'online' }
  | { cmd: 'offline' }
  | { cmd: 'restart' }
  | { cmd: 'faults'; before: number; after: number }
  | { cmd: 'create'; collection: FuzzCollection; fields: Record<string, unknown> }
  | { cmd: 'update'; collection: FuzzCollection; id: string; patch: Record<string, unknown> }
  | { cmd: 'trash'; collection: FuzzCollection; id: string }
  | { cmd: 'hardDelete'; collection: FuzzCollection; id: string }
  | { cmd: 'dump' }
  | { cmd: 'sync' }
  | { cmd: 'close' };

let url = '';
let name = '';
let db: CrmDatabase | null = null;
let sync: SyncHandle | null = null;
let rng = mulberry32(1);
let faults = { before: 0, after: 0 };
const tokens = memoryTokenStore();
let user = { id: '', departmentId: '' };
let deviceId = '';
const faultCount = { before: 0, after: 0 };
const storage = getRxStorageMemory() as RxStorage<unknown, unknown>;

/** Cuts the network mid-request: before the server sees it, or after it handled it (the answer is lost). */
const faultyFetch: FetchLike = async (input, init) => {
  const target = String(input);
  const syncCall = target.includes('/sync/') && !target.includes('/sync/stream');
  if (syncCall && rng() < faults.before) {
    faultCount.before++;
    throw new TypeError('fetch failed (cut before the server)');
  }
  const res = await fetch(input as string, init as RequestInit);
  if (syncCall && rng() < faults.after) {
    faultCount.after++;
    await res.arrayBuffer().catch(() => undefined);
    throw new TypeError('fetch failed (cut after the server answered)');
  }
  return res;
};

async function openDb() {
  const opened = (await createRxDatabase({
    name,
    storage,
    multiInstance: false,
    localDocuments: true,
  })) as unknown as CrmDatabase;
  await opened.addCollections(
    Object.fromEntries(
      FUZZ_COLLECTIONS.map((c) => [
        c,
        {
          schema: toRxJsonSchema(c, collectionDefs[c]),
          migrationStrategies: collectionDefs[c].migrations,
          conflictHandler: mergeConflictHandler,
        },
      ]),
    ) as never,
  );
  db = opened;
}

async function online() {
  await sync?.stop();
  sync = startSync({
    db: db!,
    baseUrl: url,
    tokens,
    deviceId,
    userId: user.id,
    fetch: faultyFetch,
    EventSource: EventSource as unknown as EventSourceCtor,
    resyncEveryMs: 60_000,
  });
  await sync.awaitInitialSync();
}

async function offline() {
  await sync?.stop();
  sync = null;
}

const actor = () => ({ userId: user.id, departmentId: user.departmentId });
const plain = (doc: Record<string, unknown>) => splitMeta(doc).plain;

async function handle(c: Command): Promise<unknown> {
  switch (c.cmd) {
    case 'init': {
      url = c.url;
      name = c.name;
      rng = mulberry32(c.seed);
      deviceId = `fuzz-${c.name}`;
      const res = await signIn(
        url,
        { email: c.email, password: DEMO_PASSWORD, deviceId, deviceName: c.name },
        tokens,
      );
      user = { id: res.user.id, departmentId: res.user.departmentId };
      await openDb();
      return { user: res.user };
    }
    case 'online':
      return online();
    case 'offline':
      return offline();
    case 'restart': {
      const wasOnline = !!sync;
      await offline();
      await db!.close();
      await openDb();
      if (wasOnline) await online();
      return null;
    }
    case 'faults':
      faults = { before: c.before, after: c.after };
      return null;
    case 'create':
      return insertDoc(db!, c.collection, c.fields as never, actor());
    case 'update': {
      const before = await db![c.collection].findOne(c.id).exec();
      if (!before) return null;
      const prev = plain(before.toJSON() as Record<string, unknown>);
      const doc = await updateDoc(db!, c.collection, c.id, c.patch as never, actor());
      return { prev, doc };
    }
    case 'trash': {
      const before = await db![c.collection].findOne(c.id).exec();
      if (!before) return null;
      return { doc: await trashDoc(db!, c.collection, c.id, actor()) };
    }
    case 'hardDelete': {
      const doc = await db![c.collection].findOne(c.id).exec();
      if (!doc) return null;
      const prev = plain(doc.toJSON() as Record<string, unknown>);
      await doc.remove();
      return { prev };
    }
    case 'dump': {
      const out: Record<string, Record<string, unknown>[]> = {};
      for (const col of FUZZ_COLLECTIONS)
        out[col] = (await db![col].find().exec()).map((d) => plain(d.toJSON() as Record<string, unknown>));
      const status = sync?.status.get() ?? null;
      return { docs: out, status, notSynced: sync?.notSynced() ?? [], faults: faultCount };
    }
    case 'sync': {
      if (!sync) return null;
      await sync.awaitInitialSync();
      sync.reSync();
      await sync.awaitInSync();
      return sync.status.get();
    }
    case 'close': {
      await offline();
      await db?.close();
      setImmediate(() => process.exit(0));
      return null;
    }
  }
}

let queue: Promise<unknown> = Promise.resolve();
process.on('message', (msg: { seq: number; command: Command }) => {
  // One command at a time, in order, as one user on one device.
  queue = queue.then(async () => {
    try {
      const result = await handle(msg.command);
      process.send!({ seq: msg.seq, ok: true, result: result ?? null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.send!({ seq: msg.seq, ok: false, error: message });
    }
  });
});
process.send!({ ready: true });
