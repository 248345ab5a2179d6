import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxCollection, RxDatabase } from 'rxdb';
import { collectionNames, type CollectionName } from '../../../../shared/model/collections';
import { settlePushAnswer } from '../../../../shared/sync/conflict-resolution';
import type { Checkpoint, HandOverRequest, HandOverResponse, PushResponse, PushRow } from '@shared/api';
import { ApiCallError, HttpClient, apiErrorOf, type FetchLike } from '../../api';
import type { CrmDatabase } from '../database';
import { clockOf } from '../clock';
import { rememberResolutions } from '../conflict-handler';
import { openLiveStream, type EventSourceCtor } from './live-stream';
import { NotSyncedList, type NotSyncedItem } from './not-synced';
import { PendingChanges } from './pending-changes';
import { PulledXids } from './pulled-xid';
import { pullCompleted } from './revoked';
import { createSyncStatusStore, type SyncStatus, type SyncStatusStore } from './status';
import { failureKind } from './failure-kind';
import type { TokenStore } from './tokens';

export interface StartSyncOptions {
  db: CrmDatabase;
  baseUrl: string;
  tokens: TokenStore;
  /** This device's id (the one it signed in with): refresh tokens are bound to it. */
  deviceId: string;
  /** The signed-in user: checkpoints are kept per user, so another user on this device starts clean. */
  userId: string;
  /** Where the status goes (the app's one store); a store of its own by default. */
  status?: SyncStatusStore;
  fetch?: FetchLike;
  EventSource?: EventSourceCtor;
  /** Re-sync period in ms (default 60 s): a safety net under the live stream. */
  resyncEveryMs?: number;
  /** Documents per pull request (default 2000, about 1 MB: a first sync of a large book in few round trips). */
  pullBatchSize?: number;
}

export interface SyncHandle {
  status: SyncStatusStore;
  /** The one authorised client of this sign-in: replication, the live stream, blobs and the screens' calls. */
  http: HttpClient;
  /** Changes the server refused, with the reason (persisted on the device). */
  notSynced(): NotSyncedItem[];
  /** Pull now (also called for every stream event). */
  reSync(): void;
  /** Resolves when every collection has finished its first pull and push. */
  awaitInitialSync(): Promise<void>;
  /** Resolves when everything local is pushed and everything remote pulled, as of now. */
  awaitInSync(): Promise<void>;
  /** Hands a refused change to the record's current holder as a note (needs the server). */
  handOver(request: HandOverRequest): Promise<HandOverResponse>;
  /** Stops syncing; local data stays, and the status is no longer written. */
  stop(): Promise<void>;
}

/**
 * Replicates every collection the database has (in collectionDefs order: settings first, parents before
 * children) with the sync server, live: the server's change stream (./live-stream.ts) triggers pulls, and a
 * timer re-syncs every minute in case an event was missed. Local changes are counted until the server has
 * them (./pending-changes.ts). A revoked session stops syncing and reports `signedOut`; nothing local is
 * deleted.
 */
export function startSync(options: StartSyncOptions): SyncHandle {
  const { db, baseUrl, tokens, deviceId, userId } = options;
  // The one HTTP client of this sign-in (docs/http-api.md): the screens reach it as `handle.http`.
  const http = new HttpClient({
    baseUrl,
    tokens,
    deviceId,
    clock: clockOf(db),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const status = options.status ?? createSyncStatusStore();
  let stopped = false;
  /** Writes the status while running (a stopped client's late answers must not overwrite what came after). */
  const report = (patch: Partial<SyncStatus>) => {
    if (!stopped) status.set(patch);
  };
  report({
    state: 'connecting',
    pending: 0,
    notSynced: 0,
    initialDocsReceived: 0,
    initialDone: false,
    error: undefined,
  });
  const notSynced = new NotSyncedList(db as unknown as RxDatabase<any>, (count) =>
    report({ notSynced: count }),
  );
  const pulled = new PulledXids(db as unknown as RxDatabase<any>, `sync-pulled-xid-${userId}`);
  const pending = new PendingChanges(pulled, (count) => {
    report({ pending: count });
    refreshState();
  });
  const names = collectionNames.filter((n) => db.collections[n]);
  const states: RxReplicationState<any, Checkpoint>[] = [];
  const subscriptions: { unsubscribe(): void }[] = [];
  const activeFlags: boolean[] = [];
  let offline = false;
  let initialDone = false;

  const onSuccess = () => {
    offline = false;
    const s = status.get().state;
    if (s === 'offline' || s === 'error') report({ state: 'syncing', error: undefined });
  };
  const unreachable = (kind: 'offline' | 'error', error: unknown) => {
    offline = kind === 'offline';
    report({ state: kind, error: error instanceof Error ? error.message : String(error) });
  };

  /** Every handler's failures pass through here: sign-out stops everything, network errors mean offline. */
  async function failed(error: unknown): Promise<never> {
    const failure = apiErrorOf(error);
    if (failure.kind === 'signed-out') await signOut(failure.message);
    else unreachable(failureKind(failure), error);
    throw error;
  }

  async function signOut(reason: string) {
    if (stopped) return;
    await stop();
    await tokens.clear();
    status.set({ state: 'signedOut', error: reason });
  }

  for (const name of names) {
    const collection = db.collections[name] as RxCollection<any>;
    const state = replicateRxCollection<any, Checkpoint>({
      replicationIdentifier: `crm-sync-${userId}-${name}`,
      collection,
      live: true,
      retryTime: 5_000,
      waitForLeadership: false,
      autoStart: true,
      pull: {
        batchSize: options.pullBatchSize ?? 2000,
        handler: async (checkpoint, batchSize) => {
          await pulled.loaded;
          const page = (at: Checkpoint | null, limit: number) =>
            http
              .request('sync.pull', { params: { collection: name }, query: { checkpoint: at, limit } })
              .catch(failed);
          const res = await pullCompleted(collection, page, checkpoint ?? null, batchSize);
          onSuccess();
          for (const doc of res.documents) pending.delivered(name, doc);
          if (res.checkpoint) pulled.set(name, res.checkpoint.xid);
          if (!initialDone)
            report({ initialDocsReceived: (status.get().initialDocsReceived ?? 0) + res.documents.length });
          return { documents: res.documents as any[], checkpoint: res.checkpoint ?? undefined };
        },
      },
      push: {
        batchSize: 100,
        handler: async (rows) => {
          pending.pushing(
            name,
            rows.map((r) => String(r.newDocumentState.id)),
          );
          await pulled.loaded;
          const body: PushRow[] = rows.map((r) => {
            const xid = pending.pulledXidOf(name, String(r.newDocumentState.id));
            return {
              newDocumentState: r.newDocumentState,
              assumedMasterState: r.assumedMasterState ?? null,
              ...(xid ? { pulledXid: xid } : {}),
            };
          });
          const res = await http.request('sync.push', { params: { collection: name }, body }).catch(failed);
          onSuccess();
          await afterPush(name, body, res);
          return res.conflicts as any[];
        },
      },
    });
    subscriptions.push(state.error$.subscribe(() => undefined));
    const index = states.length;
    subscriptions.push(
      state.active$.subscribe((active) => {
        activeFlags[index] = active;
        refreshState();
      }),
    );
    subscriptions.push(
      collection.$.subscribe((event) =>
        pending.changed(name, event.documentId, event.documentData as Record<string, unknown> | undefined),
      ),
    );
    states.push(state);
  }

  /**
   * Each conflict is resolved here, once (shared/sync/conflict-resolution.ts); RxDB's conflict handler then
   * writes that decision. Clashes become history entries; refusals go to the not-synced list; a change whose
   * resolution is the server's state needs no further push, so it stops counting as pending.
   */
  async function afterPush(name: CollectionName, rows: PushRow[], res: PushResponse) {
    const outcome = settlePushAnswer(name, rows, res);
    rememberResolutions(outcome.resolutions);
    for (const r of outcome.resolutions) if (r.settled) pending.delivered(name, r.master);
    if (db.collections.activities)
      for (const activity of outcome.clashRecords)
        // The same clash resolved on two devices yields the same id: the second insert is a no-op.
        await db.activities.insert(activity as never).catch(() => undefined);
    if (res.rejected.length) {
      const refused = new Map(rows.map((r) => [String(r.newDocumentState.id), r.newDocumentState]));
      await notSynced.add(name, res.rejected, refused);
    }
    const accepted = new Set(outcome.accepted);
    await notSynced.landed(
      name,
      rows
        .map((r) => r.newDocumentState as Record<string, unknown>)
        .filter((doc) => accepted.has(String(doc.id))),
    );
    pending.settled(name, outcome.done);
  }

  function refreshState() {
    const s = status.get().state;
    if (stopped || s === 'signedOut' || offline) return;
    // Local changes not yet pushed are not "synced", even in the moment before their push starts; nor is a
    // first sync between two collections.
    if (activeFlags.some(Boolean) || pending.count > 0 || !initialDone) report({ state: 'syncing' });
    else if (s !== 'error')
      report({ state: 'synced', lastSyncedAt: new Date().toISOString(), error: undefined });
  }

  const initial = Promise.all(states.map((s) => s.awaitInitialReplication())).then(() => {
    initialDone = true;
    report({ initialDone: true });
    refreshState();
  });
  initial.catch(() => undefined);

  function reSync(only?: string[]) {
    if (stopped) return;
    states.forEach((s, i) => {
      if (!only || only.includes(names[i]!)) s.reSync();
    });
  }

  const stream = openLiveStream({
    streamUrl: async () => {
      const url = await http.streamUrl();
      if (!url.ok) throw new ApiCallError(url.error);
      return url.value;
    },
    EventSource: options.EventSource,
    onChange: reSync,
    onOpen: () => {
      offline = false;
    },
    onUnreachable: unreachable,
    onSignedOut: (reason) => void signOut(reason),
  });
  const periodic = setInterval(() => reSync(), options.resyncEveryMs ?? 60_000);

  async function stop() {
    if (stopped) return;
    stopped = true;
    clearInterval(periodic);
    stream.stop();
    for (const s of subscriptions) s.unsubscribe();
    await Promise.all(states.map((s) => s.cancel()));
  }

  return {
    status,
    http,
    notSynced: () => notSynced.list(),
    reSync: () => reSync(),
    awaitInitialSync: () => initial,
    handOver: (request) => http.request('sync.handOver', { body: request }),
    awaitInSync: async () => {
      await Promise.all(states.map((s) => s.awaitInSync()));
    },
    stop,
  };
}
