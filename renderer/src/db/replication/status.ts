/**
 * The one sync status of the app: the sync client writes it, the browser's network events write `online`,
 * the blob uploads write `uploads`, and the header's indicator reads it (app/SyncIndicator.tsx).
 * 'localOnly' until a signed-in sync client takes over.
 */
export type SyncState = 'localOnly' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'error' | 'signedOut';

export interface SyncStatus {
  state: SyncState;
  /** Local record changes not yet accepted by the server. */
  pending: number;
  /** Files (attachment bytes) on this device waiting to be uploaded. */
  uploads?: number;
  /** Local changes the server refused: kept on the device and listed for the user, never dropped. */
  notSynced?: number;
  /** ISO time of the last completed sync. */
  lastSyncedAt?: string;
  error?: string;
  /** Documents received during this device's first sync (a progress bar while it runs). */
  initialDocsReceived?: number;
  /** False while the first sync of a signed-in device is still running. */
  initialDone?: boolean;
  /** The browser's view of the network (navigator.onLine and its events). */
  online: boolean;
}

/**
 * A tiny external store (React's useSyncExternalStore fits): `get()` for the current status (a stable
 * snapshot until something changes), `set()` to merge a change, `subscribe()` for changes.
 */
export function createSyncStatusStore(initial: Partial<SyncStatus> = {}) {
  let status: SyncStatus = { state: 'localOnly', pending: 0, online: true, ...initial };
  const listeners = new Set<(s: SyncStatus) => void>();
  return {
    get: (): SyncStatus => status,
    /** Merges a partial update; listeners run only when something changed. */
    set(patch: Partial<SyncStatus>): void {
      const next = { ...status, ...patch };
      const keys = Object.keys(next) as (keyof SyncStatus)[];
      if (keys.every((k) => next[k] === status[k]) && Object.keys(status).length === keys.length) return;
      status = next;
      for (const l of listeners) l(status);
    },
    subscribe(listener: (s: SyncStatus) => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
export type SyncStatusStore = ReturnType<typeof createSyncStatusStore>;
