import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxCollection, RxDatabase } from 'rxdb';
import { collectionNames, type CollectionName } from '../../../../shared/model/collections';
import {
  RESYNC,
  type Checkpoint,
  type HandOverRequest,
  type HandOverResponse,
  type PullResponse,
  type PushResponse,
  type PushRow,
} from '../../../../shared/sync/protocol';
import type { CrmDatabase } from '../database';
import { clockOf } from '../clock';
import { clashActivities, registerRefused, resolveConflict, sameDocState } from '../conflict-handler';
import { ServerError, SignedOutError, SyncHttp, type FetchLike } from './sync-http';
import { NotSyncedList, type NotSyncedItem } from './not-synced';
import { PulledXids } from './pulled-xid';
import { pullCompleted } from './revoked';
import { StatusStore, type SyncStatus } from './status';
import type { TokenStore } from './tokens';

/** The part of the browser's EventSource this library uses (Node tests pass the `eventsource` package's). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: string }) => void): void;
  close(): void;
  onerror: ((event: unknown) => void) | null;
  onopen: ((event: unknown) => void) | null;
}
export type EventSourceCtor = new (url: string) => EventSourceLike;

export interface StartSyncOptions {
  db: CrmDatabase;
  baseUrl: string;
  tokens: TokenStore;
  /** This device's id (the one it signed in with): refresh tokens are bound to it. */
  deviceId: string;
  /** The signed-in user: checkpoints are kept per user, so another user on this device starts clean. */
  userId: string;
  fetch?: FetchLike;
  EventSource?: EventSourceCtor;
  /** Re-sync period in ms (default 60 s): a safety net under the live stream. */
  resyncEveryMs?: number;
  /** Documents per pull request (default 2000, about 1 MB: a first sync of a large book in few round trips). */
  pullBatchSize?: number;
}

export interface SyncHandle {
  status: StatusStore;
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
  /** Stops syncing; local data stays. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Replicates every collection the database has (in collectionDefs order: settings first, parents before
 * children) with the sync server, live: a Server-Sent-Events stream triggers pulls, and a timer re-syncs
 * every minute in case an event was missed. A revoked session stops syncing and reports `signedOut`;
 * nothing local is deleted.
 */
export function startSync(options: StartSyncOptions): SyncHandle {
  const { db, baseUrl, tokens, deviceId, userId } = options;
  const http = new SyncHttp({ baseUrl, tokens, deviceId, fetch: options.fetch, clock: clockOf(db) });
  const status = new StatusStore();
  const notSynced = new NotSyncedList(db as unknown as RxDatabase<any>, (count) =>
    status.update({ notSynced: count }),
  );
  const dirty = new Set<string>();
  const pulled = new PulledXids(db as unknown as RxDatabase<any>, `sync-pulled-xid-${userId}`);
  /** Per pending change: how far this device had pulled when it was made (see PulledXids). */
  const madeAtXid = new Map<string, string>();
  /** Server states being written locally, so their change events are not counted as pending edits. */
  const incoming = new Map<string, Record<string, unknown>[]>();
  // One record can be delivered twice before RxDB writes either (a push answer and a pulled removal): each
  // delivered state is remembered until its write, so neither counts as a local edit.
  const expectWrite = (key: string, doc: Record<string, unknown>) => {
    const list = incoming.get(key);
    if (!list) incoming.set(key, [doc]);
    else if (list.push(doc) > 4) list.shift();
  };
  const names = collectionNames.filter((n) => db.collections[n]);
  const states: RxReplicationState<any, Checkpoint>[] = [];
  const subscriptions: { unsubscribe(): void }[] = [];
  const activeFlags: boolean[] = [];
  let stopped = false;
  let offline = false;

  const setPending = () => {
    status.update({ pending: dirty.size });
    refreshState();
  };
  const onSuccess = () => {
    offline = false;
    if (status.get().state === 'offline' || status.get().state === 'error')
      status.update({ state: 'syncing', lastError: null });
  };

  /** Every handler's failures pass through here: sign-out stops everything, network errors mean offline. */
  async function failed(error: unknown): Promise<never> {
    if (error instanceof SignedOutError) await signOut(error.message);
    else if (error instanceof ServerError) status.update({ state: 'error', lastError: error.message });
    else {
      offline = true;
      status.update({ state: 'offline', lastError: error instanceof Error ? error.message : String(error) });
    }
    throw error;
  }

  async function signOut(reason: string) {
    if (stopped) return;
    await stop();
    await tokens.clear();
    status.update({ state: 'signedOut', lastError: reason });
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
          const page = (at: Checkpoint | null, limit: number) => {
            const query = `checkpoint=${encodeURIComponent(JSON.stringify(at))}&limit=${limit}`;
            return http.request<PullResponse>('GET', `/sync/${name}/pull?${query}`).catch(failed);
          };
          const res = await pullCompleted(collection, page, checkpoint ?? null, batchSize);
          onSuccess();
          for (const doc of res.documents) expectWrite(`${name}/${doc.id}`, doc);
          if (res.checkpoint) pulled.set(name, res.checkpoint.xid);
          if (!status.get().initialDone)
            status.update({ initialDocsReceived: status.get().initialDocsReceived + res.documents.length });
          return { documents: res.documents as any[], checkpoint: res.checkpoint ?? undefined };
        },
      },
      push: {
        batchSize: 100,
        handler: async (rows) => {
          // Changes made before this run (typed offline, then a reload) reach us only here: count them too.
          for (const r of rows) dirty.add(`${name}/${r.newDocumentState.id}`);
          setPending();
          await pulled.loaded;
          const body: PushRow[] = rows.map((r) => {
            const xid = madeAtXid.get(`${name}/${r.newDocumentState.id}`) ?? pulled.getAtStart(name);
            return {
              newDocumentState: r.newDocumentState,
              assumedMasterState: r.assumedMasterState ?? null,
              ...(xid ? { pulledXid: xid } : {}),
            };
          });
          const res = await http.request<PushResponse>('POST', `/sync/${name}/push`, body).catch(failed);
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
      collection.$.subscribe((event) => {
        const key = `${name}/${event.documentId}`;
        const seen = incoming.get(key);
        if (seen !== undefined) {
          const data = event.documentData as Record<string, unknown> | undefined;
          const at = data ? seen.findIndex((doc) => sameDocState(doc, data)) : -1;
          if (at >= 0) {
            seen.splice(at, 1);
            if (!seen.length) incoming.delete(key);
            return;
          }
          incoming.delete(key); // a local edit came in between: what was delivered is no longer what is written
        }
        dirty.add(key);
        const xid = pulled.get(name);
        if (xid && !madeAtXid.has(key)) madeAtXid.set(key, xid);
        setPending();
      }),
    );
    states.push(state);
  }

  /**
   * Conflicts become history entries; refusals go to the not-synced list and the device takes the server's
   * answer for them as it is; the rest are done. A change whose resolution is the server's state needs no
   * further push, so it stops counting as pending here.
   */
  async function afterPush(name: CollectionName, rows: PushRow[], res: PushResponse) {
    const rejectedIds = new Set(res.rejected.map((r) => r.id));
    const settled = new Set<string>();
    for (const master of res.conflicts) {
      const row = rows.find((r) => r.newDocumentState.id === master.id);
      if (!row) continue;
      const key = `${name}/${master.id}`;
      if (rejectedIds.has(master.id)) {
        // Refused: the device holds the server's truth (or nothing); the refused state is in the list.
        registerRefused(row.newDocumentState, master);
        settled.add(master.id);
        expectWrite(key, master);
        continue;
      }
      const { doc, clashes } = resolveConflict(
        row.assumedMasterState ?? undefined,
        row.newDocumentState,
        master,
      );
      if (sameDocState(doc, master)) {
        settled.add(master.id);
        expectWrite(key, master);
      }
      for (const activity of clashActivities(name, doc, clashes)) {
        if (!db.collections.activities) break;
        // The same clash resolved on two devices yields the same id: the second insert is a no-op.
        await db.activities.insert(activity as never).catch(() => undefined);
      }
    }
    if (res.rejected.length) {
      const refused = new Map(rows.map((r) => [String(r.newDocumentState.id), r.newDocumentState]));
      await notSynced.add(name, res.rejected, refused);
    }
    const conflictIds = new Set(res.conflicts.map((c) => c.id));
    const accepted = rows
      .map((r) => r.newDocumentState as Record<string, unknown>)
      .filter((doc) => !conflictIds.has(String(doc.id)) && !rejectedIds.has(String(doc.id)));
    await notSynced.landed(name, accepted);
    for (const row of rows) {
      const id = String(row.newDocumentState.id);
      if (conflictIds.has(id) && !settled.has(id)) continue;
      dirty.delete(`${name}/${id}`);
      madeAtXid.delete(`${name}/${id}`);
    }
    setPending();
  }

  function refreshState() {
    const s = status.get().state;
    if (stopped || s === 'signedOut' || offline) return;
    const active = activeFlags.some(Boolean);
    // Local changes not yet pushed are not "synced", even in the moment before their push starts.
    if (active || dirty.size > 0) status.update({ state: 'syncing' });
    else if (s !== 'error')
      status.update({ state: 'synced', lastSyncedAt: new Date().toISOString(), lastError: null });
  }

  const initial = Promise.all(states.map((s) => s.awaitInitialReplication())).then(() => {
    status.update({ initialDone: true });
    refreshState();
  });
  initial.catch(() => undefined);

  function reSync(only?: string[]) {
    if (stopped) return;
    states.forEach((s, i) => {
      if (!only || only.includes(names[i]!)) s.reSync();
    });
  }

  // Live stream with reconnects; every (re)connect starts with a RESYNC event from the server.
  const ES = options.EventSource ?? (globalThis as { EventSource?: EventSourceCtor }).EventSource;
  let source: EventSourceLike | null = null;
  let backoff = 1_000;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  async function connectStream() {
    if (stopped || !ES) return;
    let url: string;
    try {
      url = await http.streamUrl(); // refreshes an expired token, and detects a revoked session
    } catch (error) {
      if (error instanceof SignedOutError) return signOut(error.message);
      offline = !(error instanceof ServerError);
      status.update({
        state: offline ? 'offline' : 'error',
        lastError: error instanceof Error ? error.message : String(error),
      });
      return scheduleReconnect();
    }
    if (stopped) return;
    const es = new ES(url);
    source = es;
    es.onopen = () => {
      backoff = 1_000;
      offline = false;
    };
    es.addEventListener('change', (event) => {
      let data: unknown = null;
      try {
        data = JSON.parse(event.data ?? 'null');
      } catch {
        data = RESYNC;
      }
      const collections =
        data && typeof data === 'object' ? (data as { collections?: string[] }).collections : undefined;
      reSync(collections);
    });
    es.onerror = () => {
      // Closed by the server (restart, forced sign-out) or the network: check the session, then reconnect.
      es.close();
      if (source === es) source = null;
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    if (stopped || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void connectStream();
    }, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }

  void connectStream();
  const periodic = setInterval(() => reSync(), options.resyncEveryMs ?? 60_000);

  async function stop() {
    if (stopped) return;
    stopped = true;
    clearInterval(periodic);
    clearTimeout(reconnectTimer);
    source?.close();
    for (const s of subscriptions) s.unsubscribe();
    await Promise.all(states.map((s) => s.cancel()));
  }

  return {
    status,
    notSynced: () => notSynced.list(),
    reSync: () => reSync(),
    awaitInitialSync: () => initial,
    handOver: (request) => http.request<HandOverResponse>('POST', '/sync/hand-over', request),
    awaitInSync: async () => {
      await Promise.all(states.map((s) => s.awaitInSync()));
    },
    stop: async () => {
      await stop();
      if (status.get().state !== 'signedOut')
        status.update({ state: 'offline' } satisfies Partial<SyncStatus>);
    },
  };
}
