import { useContext, useMemo } from 'react';
import { getPlatform } from '../../platform';
import { SyncContext } from '../../data/sync-context';

export interface BlobHooks {
  onStored?: (sha256: string) => void;
  ensureLocal?: (sha256: string) => Promise<unknown>;
}

/**
 * Upload and download of attachment bytes for the signed-in user, through the transfer the sync provider runs
 * (its uploads count in the header's pending number). In a browser new files are queued for upload here; the
 * desktop's main process queues its own uploads, so there this only downloads missing bytes. Signed out (or
 * outside the sync provider, as in component tests) files simply stay local.
 */
export function useBlobTransfer(): BlobHooks {
  const transfer = useContext(SyncContext)?.blobs ?? null;
  return useMemo(() => {
    if (!transfer) return {};
    return {
      onStored: getPlatform().kind === 'web' ? (sha: string) => transfer.enqueue(sha) : undefined,
      ensureLocal: (sha: string) => transfer.ensureLocal(sha),
    };
  }, [transfer]);
}
