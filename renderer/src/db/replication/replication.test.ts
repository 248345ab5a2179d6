import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { newFieldsOf } from '@shared/model/fixtures';
import { openDatabase, type CrmDatabase } from '../database';
import { insertDoc } from '../write';
import type { FetchLike } from '../../api';
import { startSync, type SyncHandle } from './replication';
import { createSyncStatusStore } from './status';
import { memoryTokenStore } from './tokens';

const li = { userId: 'demo-user-li', departmentId: 'demo-dept-1' };

class SilentEventSource {
  readyState = 0;
  onerror = null;
  onopen = null;
  addEventListener() {}
  close() {}
}

class CountingEventSource extends SilentEventSource {
  static opened = 0;
  constructor() {
    super();
    CountingEventSource.opened++;
  }
}

/** A server that takes every push; the first pull of activities waits until the test lets it go. */
function heldServer() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let failHeld = false;
  let waiting = 0;
  const fetch: FetchLike = async (url) => {
    const json = (body: unknown) => ({ ok: true, status: 200, json: async () => body });
    if (url.includes('/sync/activities/pull')) {
      waiting++;
      await held;
      if (failHeld) throw new TypeError('fetch failed');
    }
    if (url.includes('/pull'))
      return json({ documents: [], checkpoint: null, serverTime: new Date().toISOString() });
    if (url.includes('/push')) return json({ conflicts: [], rejected: [] });
    return json({});
  };
  return {
    fetch,
    waiting: () => waiting,
    release: () => release(),
    failThenRelease: () => {
      failHeld = true;
      release();
    },
  };
}

let n = 0;
let db: CrmDatabase;
let handle: SyncHandle | undefined;
beforeEach(async () => {
  db = await openDatabase({
    name: `repl-${Date.now()}-${n++}`,
    storage: getRxStorageMemory() as never,
    multiInstance: false,
  });
});
afterEach(async () => {
  await handle?.stop();
  handle = undefined;
  await db.remove();
});

function start(server: ReturnType<typeof heldServer>, status = createSyncStatusStore()) {
  handle = startSync({
    db,
    baseUrl: 'http://sync.test',
    tokens: memoryTokenStore({ access: 'a', refresh: 'r' }),
    deviceId: 'dev-1',
    userId: li.userId,
    status,
    fetch: server.fetch,
    EventSource: SilentEventSource,
  });
  return handle;
}

describe('startSync status', () => {
  it("writes into the app's one store: keeps the network flag, and is not synced before every collection's first sync", async () => {
    await insertDoc(db, 'leads', newFieldsOf('leads'), li);
    const server = heldServer();
    const status = createSyncStatusStore({ online: false });
    start(server, status);
    // The lead goes up while activities are still on their first pull: nothing pending, yet not synced.
    await vi.waitFor(() => expect(status.get()).toMatchObject({ pending: 0, initialDone: false }), 5_000);
    expect(status.get().state).toBe('syncing');
    expect(status.get().online).toBe(false);
    server.release();
    await vi.waitFor(() => expect(status.get()).toMatchObject({ state: 'synced', initialDone: true }), 5_000);
    expect(status.get()).toMatchObject({ pending: 0, notSynced: 0, online: false, error: undefined });
    expect(status.get().lastSyncedAt).toEqual(expect.any(String));
  });

  it('a stopped client writes nothing more (a late failure does not overwrite what the app set since)', async () => {
    const server = heldServer();
    const status = createSyncStatusStore();
    const running = start(server, status);
    await vi.waitFor(() => expect(server.waiting()).toBe(1), 5_000);
    await running.stop();
    status.set({ state: 'signedOut' });
    server.failThenRelease();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(status.get().state).toBe('signedOut');
  });

  it('opens no live stream when stopped while its ticket was being fetched', async () => {
    let answerTicket!: () => void;
    let ticketRead = false;
    const ticketAsked = new Promise<void>((resolve) => {
      const server: FetchLike = async (url) => {
        const json = (body: unknown) => ({ ok: true, status: 200, json: async () => body });
        if (url.endsWith('/sync/stream-ticket')) {
          resolve();
          await new Promise<void>((go) => (answerTicket = go));
          return {
            ok: true,
            status: 200,
            json: async () => {
              ticketRead = true;
              return { ticket: 'late', expiresAt: new Date().toISOString() };
            },
          };
        }
        if (url.includes('/pull')) return json({ documents: [], checkpoint: null });
        return json({ conflicts: [], rejected: [] });
      };
      handle = startSync({
        db,
        baseUrl: 'http://sync.test',
        tokens: memoryTokenStore({ access: 'a', refresh: 'r' }),
        deviceId: 'dev-1',
        userId: li.userId,
        fetch: server,
        EventSource: CountingEventSource,
      });
    });
    await ticketAsked;
    await handle!.stop();
    answerTicket();
    await vi.waitFor(() => expect(ticketRead).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the answer's last awaits
    expect(CountingEventSource.opened).toBe(0);
  });

  it('exposes its one HTTP client for the screens and the blob transfer', () => {
    const running = start(heldServer());
    expect(running.http.baseUrl).toBe('http://sync.test');
  });
});
