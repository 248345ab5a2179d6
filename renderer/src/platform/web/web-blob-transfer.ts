import type { HttpClient } from '../../api';
import { createBlobTransfer, type BlobTransfer } from '../blob-transfer';
import type { PlatformFiles } from '../types';

const QUEUE_KEY = 'crm.blobUploads';

/**
 * Blob transfer for the browser build: bytes come from and go to the web file store (OPFS/IndexedDB), the
 * queue lives in localStorage, and coming back online retries at once. Start it once sync has started:
 *   const blobs = createWebBlobTransfer(getPlatform().files, http); blobs.start();
 * and enqueue each attachment's sha256 when its document is saved.
 */
export function createWebBlobTransfer(files: PlatformFiles, server: Pick<HttpClient, 'call'>): BlobTransfer {
  const transfer = createBlobTransfer({
    server,
    hasLocal: (sha) => files.has(sha),
    // Read straight from the store: the page's CSP rightly forbids fetching blob: URLs.
    readLocal: async (sha) => ((await files.has(sha)) && files.read ? files.read(sha) : undefined),
    storeLocal: async (bytes) => (await files.put(bytes, 'download')).sha256,
    isOnline: () => navigator.onLine,
    storage: {
      read: () => localStorage.getItem(QUEUE_KEY),
      write: (v) => localStorage.setItem(QUEUE_KEY, v),
    },
  });
  const online = () => void transfer.retryNow();
  window.addEventListener('online', online);
  return {
    ...transfer,
    stop() {
      window.removeEventListener('online', online);
      transfer.stop();
    },
  };
}
