import { describe, expect, it } from 'vitest';
import { indicatorView } from './sync-indicator-state';
import type { SyncStatus } from '../data/sync-status';

const status = (patch: Partial<SyncStatus>): SyncStatus => ({
  state: 'localOnly',
  pending: 0,
  online: true,
  ...patch,
});

describe('indicatorView', () => {
  it('never says "local only" to a signed-in user whose client is starting', () => {
    expect(indicatorView(status({ state: 'localOnly' }), true).state).toBe('connecting');
    expect(indicatorView(status({ state: 'localOnly', online: false, pending: 30 }), true)).toEqual({
      state: 'offline',
      pending: 30,
      notSynced: 0,
    });
  });

  it('says "synced" only when nothing is pending', () => {
    expect(indicatorView(status({ state: 'synced', pending: 3 }), true).state).toBe('syncing');
    expect(indicatorView(status({ state: 'synced', pending: 0 }), true).state).toBe('synced');
  });

  it('one "offline", whether the browser or the client noticed first', () => {
    expect(indicatorView(status({ state: 'syncing', online: false }), true).state).toBe('offline');
    expect(indicatorView(status({ state: 'offline', online: true }), true).state).toBe('offline');
  });

  it('the local profile is local only; a signed-out device says so', () => {
    expect(indicatorView(status({ state: 'localOnly', online: false }), false).state).toBe('localOnly');
    expect(indicatorView(status({ state: 'signedOut' }), false).state).toBe('signedOut');
  });
});
