import { describe, expect, it } from 'vitest';
import { StatusStore } from './status';

describe('StatusStore', () => {
  it('notifies subscribers of real changes only', () => {
    const store = new StatusStore();
    const seen: string[] = [];
    const off = store.subscribe((s) => seen.push(s.state));
    store.update({ state: 'syncing' });
    store.update({ state: 'syncing' });
    store.update({ state: 'synced', pending: 0 });
    off();
    store.update({ state: 'offline' });
    expect(seen).toEqual(['syncing', 'synced']);
    expect(store.get().state).toBe('offline');
  });
});
