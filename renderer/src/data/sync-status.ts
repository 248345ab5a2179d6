import { useSyncExternalStore } from 'react';

/** 'localOnly' until a sync client exists and takes over by calling setSyncStatus. */
export type SyncState = 'localOnly' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'error' | 'signedOut';

export interface SyncStatus {
  state: SyncState;
  /** Local writes not yet accepted by the server. */
  pending: number;
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

type Listener = () => void;

/**
 * A tiny external store: the sync client pushes into it, the header indicator reads it. Kept outside React
 * so that code without components (replication) can update it.
 */
export function createSyncStatusStore(initial: Partial<SyncStatus> = {}) {
  let status: SyncStatus = { state: 'localOnly', pending: 0, online: true, ...initial };
  const listeners = new Set<Listener>();
  return {
    get: (): SyncStatus => status,
    /** Merges a partial update; listeners run only when something changed. */
    set(patch: Partial<SyncStatus>): void {
      const next = { ...status, ...patch };
      const keys = Object.keys(next) as (keyof SyncStatus)[];
      if (keys.every((k) => next[k] === status[k]) && Object.keys(status).length === keys.length) return;
      status = next;
      for (const l of listeners) l();
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type SyncStatusStore = ReturnType<typeof createSyncStatusStore>;

const initialOnline = typeof navigator === 'undefined' ? true : navigator.onLine;
/** The app's one store. The sync client calls `syncStatus.set({ state, pending, lastSyncedAt, error })`. */
export const syncStatus = createSyncStatusStore({ online: initialOnline });

/** Follows the browser's online/offline events; returns a stop function. */
export function trackOnline(store: SyncStatusStore = syncStatus, target: Window = window): () => void {
  const update = () => store.set({ online: target.navigator.onLine });
  target.addEventListener('online', update);
  target.addEventListener('offline', update);
  update();
  return () => {
    target.removeEventListener('online', update);
    target.removeEventListener('offline', update);
  };
}

export function useSyncStatus(store: SyncStatusStore = syncStatus): SyncStatus {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
