import type { SyncStatus as ClientStatus } from '../../db/replication';
import type { SyncStatus as AppStatus, SyncStatusStore } from '../../data/sync-status';

/** The replication client's status in the shape the header indicator reads (the network flag stays the browser's). */
export function toAppStatus(s: ClientStatus): Omit<AppStatus, 'online'> {
  return {
    // The client can report "synced" in the gap between collections of its first sync: not done until all are.
    state: s.state === 'synced' && !s.initialDone ? 'syncing' : s.state,
    pending: s.pending,
    notSynced: s.notSynced,
    lastSyncedAt: s.lastSyncedAt ?? undefined,
    error: s.lastError ?? undefined,
    initialDocsReceived: s.initialDocsReceived,
    initialDone: s.initialDone,
  };
}

/** Feeds the app's store from the client's; returns the unsubscribe. */
export function bridgeStatus(
  source: { get(): ClientStatus; subscribe(l: (s: ClientStatus) => void): () => void },
  target: SyncStatusStore,
): () => void {
  target.set(toAppStatus(source.get()));
  return source.subscribe((s) => target.set(toAppStatus(s)));
}
