/** What the sync indicator shows. */
export type SyncState = 'offline' | 'connecting' | 'syncing' | 'synced' | 'error' | 'signedOut';

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet accepted by the server. */
  pending: number;
  /** Changes the server refused (see the not-synced list). */
  notSynced: number;
  lastSyncedAt: string | null;
  lastError: string | null;
  /** Documents received so far during the first sync of this device. */
  initialDocsReceived: number;
  initialDone: boolean;
}

export const initialStatus: SyncStatus = {
  state: 'connecting',
  pending: 0,
  notSynced: 0,
  lastSyncedAt: null,
  lastError: null,
  initialDocsReceived: 0,
  initialDone: false,
};

/** A tiny observable value: `get()` for the current status, `subscribe()` for changes (React's useSyncExternalStore fits). */
export class StatusStore {
  private value: SyncStatus = initialStatus;
  private readonly listeners = new Set<(s: SyncStatus) => void>();

  get = (): SyncStatus => this.value;

  subscribe = (listener: (s: SyncStatus) => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  update(patch: Partial<SyncStatus>) {
    const next = { ...this.value, ...patch };
    if (Object.entries(patch).every(([k, v]) => this.value[k as keyof SyncStatus] === v)) return;
    this.value = next;
    for (const l of this.listeners) l(next);
  }
}
