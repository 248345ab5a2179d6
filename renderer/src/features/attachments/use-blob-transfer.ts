import { useContext, useMemo } from 'react';
import type { HttpClient } from '../../api';
import { getPlatform } from '../../platform';
import type { BlobTransfer } from '../../platform/blob-transfer';
import { createWebBlobTransfer } from '../../platform/web/web-blob-transfer';
import { SyncContext } from '../../data/sync-context';

/** One transfer per signed-in sync client (a new sign-in makes a new client, hence a new transfer). */
const transfers = new WeakMap<HttpClient, BlobTransfer>();

export interface BlobHooks {
  onStored?: (sha256: string) => void;
  ensureLocal?: (sha256: string) => Promise<unknown>;
}

/**
 * Upload and download of attachment bytes for the signed-in user. In a browser new files are queued for upload
 * here; the desktop's main process queues its own uploads, so there this only downloads missing bytes.
 * Signed out (or outside the sync provider, as in component tests) files simply stay local.
 */
export function useBlobTransfer(): BlobHooks {
  const http = useContext(SyncContext)?.http ?? null;
  return useMemo(() => {
    if (!http) return {};
    let transfer = transfers.get(http);
    if (!transfer) {
      transfer = createWebBlobTransfer(getPlatform().files, http);
      transfer.start();
      transfers.set(http, transfer);
    }
    const t = transfer;
    return {
      onStored: getPlatform().kind === 'web' ? (sha: string) => t.enqueue(sha) : undefined,
      ensureLocal: (sha: string) => t.ensureLocal(sha),
    };
  }, [http]);
}
