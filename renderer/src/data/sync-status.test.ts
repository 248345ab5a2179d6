import { describe, expect, it, vi } from 'vitest';
import { createSyncStatusStore } from './sync-status';

describe('sync status store', () => {
  it('starts as "local only" with nothing pending', () => {
    expect(createSyncStatusStore().get()).toEqual({ state: 'localOnly', pending: 0, online: true });
  });

  it('merges what the sync client pushes and notifies subscribers', () => {
    const store = createSyncStatusStore();
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.set({ state: 'syncing', pending: 183 });
    store.set({ state: 'synced', pending: 0, lastSyncedAt: '2026-04-15T20:00:00.000Z' });
    expect(store.get()).toEqual({
      state: 'synced',
      pending: 0,
      online: true,
      lastSyncedAt: '2026-04-15T20:00:00.000Z',
    });
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    store.set({ state: 'error', error: 'HTTP 500' });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.get().error).toBe('HTTP 500');
  });

  it('does not notify when nothing changed, and keeps snapshots stable for React', () => {
    const store = createSyncStatusStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.set({ state: 'localOnly', pending: 0 });
    expect(listener).not.toHaveBeenCalled();
    expect(store.get()).toBe(before);
  });
});
