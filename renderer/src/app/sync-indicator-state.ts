import type { SyncState, SyncStatus } from '../data/sync-status';

/** What the one header indicator says: a state word and, beside it, the count still to go to the server. */
export interface IndicatorView {
  state: SyncState;
  /** Records (and their files' documents) on this device that the server does not have yet. */
  pending: number;
  notSynced: number;
}

/**
 * Truthful by construction: "synced" only with nothing pending; "offline" whenever the network or the client
 * says so (one word, not two badges); never "local only" for a signed-in user, whose client is only starting.
 */
export function indicatorView(s: SyncStatus, signedIn: boolean): IndicatorView {
  const pending = s.pending;
  const notSynced = s.notSynced ?? 0;
  let state: SyncState = s.state;
  if (signedIn) {
    if (!s.online || state === 'offline') state = 'offline';
    else if (state === 'localOnly' || state === 'signedOut') state = 'connecting';
    else if (state === 'synced' && pending > 0) state = 'syncing';
  } else if (state !== 'signedOut') state = 'localOnly';
  return { state, pending, notSynced };
}
