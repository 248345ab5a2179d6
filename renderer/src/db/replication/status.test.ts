import { describe, expect, it } from 'vitest';
import { createSyncStatusStore } from './status';

describe('sync status store', () => {
  it('notifies subscribers of real changes only', () => {
    const store = createSyncStatusStore();
    const seen: string[] = [];
    const off = store.subscribe((s) => seen.push(s.state));
    store.set({ state: 'syncing' });
    store.set({ state: 'syncing' });
    store.set({ state: 'synced', pending: 0 });
    off();
    store.set({ state: 'offline' });
    expect(seen).toEqual(['syncing', 'synced']);
    expect(store.get().state).toBe('offline');
  });
});
