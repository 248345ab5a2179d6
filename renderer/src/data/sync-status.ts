import { useSyncExternalStore } from 'react';
import { createSyncStatusStore, type SyncStatus, type SyncStatusStore } from '../db/replication/status';

export {
  createSyncStatusStore,
  type SyncState,
  type SyncStatus,
  type SyncStatusStore,
} from '../db/replication/status';

const initialOnline = typeof navigator === 'undefined' ? true : navigator.onLine;
/** The app's one status store: the sync client, the network events and the uploads write into it. */
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
