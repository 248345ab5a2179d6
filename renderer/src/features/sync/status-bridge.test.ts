import { describe, expect, it } from 'vitest';
import { StatusStore } from '../../db/replication/status';
import { createSyncStatusStore } from '../../data/sync-status';
import { bridgeStatus } from './status-bridge';

describe('bridgeStatus', () => {
  it('copies state, counts, last sync and error, and keeps the network flag', () => {
    const client = new StatusStore();
    const app = createSyncStatusStore({ online: false });
    const off = bridgeStatus(client, app);
    expect(app.get()).toMatchObject({ state: 'connecting', pending: 0, online: false, initialDone: false });

    client.update({ state: 'syncing', pending: 183, initialDocsReceived: 40 });
    expect(app.get()).toMatchObject({ state: 'syncing', pending: 183, initialDocsReceived: 40 });

    client.update({ state: 'error', lastError: 'HTTP 500' });
    expect(app.get().error).toBe('HTTP 500');

    client.update({ state: 'synced', pending: 0, lastError: null });
    expect(app.get().state).toBe('syncing'); // the first sync is not complete yet
    client.update({ initialDone: true, lastSyncedAt: '2026-11-23T10:00:00.000Z' });
    expect(app.get()).toMatchObject({
      state: 'synced',
      pending: 0,
      error: undefined,
      lastSyncedAt: '2026-11-23T10:00:00.000Z',
      online: false,
    });

    off();
    client.update({ state: 'offline' });
    expect(app.get().state).toBe('synced');
  });
});
