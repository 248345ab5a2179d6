import {
  createUploadScheduler,
  PermanentUploadError,
  type PendingUpload,
  type UploadEvent,
} from '@shared/files/upload-scheduler';
import type { ApiError, HttpClient } from '../api';

/**
 * Moves attachment bytes between this device's file store and the server's blob store (PUT/GET /blobs/:sha256):
 * uploads a persisted queue with exponential backoff and progress, and downloads on demand when a synced
 * attachment's bytes are not here yet. Platform-neutral: the caller injects how bytes are read and stored
 * locally and where the queue is kept (localStorage in a browser). The queue itself is the shared scheduler
 * (shared/files/upload-scheduler.ts), which the desktop's main process runs too with its entries in a file; the
 * desktop uses only `ensureLocal` from here.
 */

export interface BlobTransferDeps {
  /** The sync server's typed client (renderer/src/api): it sends the token and refreshes it on a 401. */
  server: Pick<HttpClient, 'call'>;
  readLocal(sha256: string): Promise<Uint8Array | undefined>;
  /** Stores bytes content-addressed and answers their hash. */
  storeLocal(bytes: Uint8Array): Promise<string>;
  hasLocal(sha256: string): Promise<boolean>;
  storage: { read(): string | null; write(value: string): void };
  /** While false no upload is attempted (and no backoff is spent); call retryNow when it turns true. */
  isOnline?: () => boolean;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export type TransferEvent = UploadEvent;
export type { PendingUpload };

export type DownloadResult = 'local' | 'downloaded' | 'missing';

const SHA = /^[a-f0-9]{64}$/;

/** The server does not know the attachment yet: its document is still on the way, so ask again soon. */
class NotYetError extends Error {}

function loadQueue(raw: string | null): PendingUpload[] {
  try {
    const parsed = JSON.parse(raw ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is PendingUpload =>
        typeof e === 'object' &&
        e !== null &&
        SHA.test((e as PendingUpload).sha256) &&
        Number.isFinite((e as PendingUpload).nextAttemptAt),
    );
  } catch {
    return []; // a damaged entry must not stop the app; the next attachment save enqueues again
  }
}

/** "CODE: message", as the queue shows a failure. */
const describe = (e: ApiError) => ('code' in e ? `${e.code}: ${e.message}` : e.message);

export function createBlobTransfer(deps: BlobTransferDeps) {
  const uploads = createUploadScheduler(
    {
      ...deps,
      setTimer: deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
      clearTimer: deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)),
      save: (items) => deps.storage.write(JSON.stringify(items)),
      upload: async (sha256, onProgress) => {
        const bytes = await deps.readLocal(sha256);
        if (!bytes) throw new PermanentUploadError('the file is no longer on this device');
        const res = await deps.server.call('blobs.put', { params: { sha256 }, body: bytes });
        if (!res.ok) {
          const e = res.error;
          const status = e.kind === 'refused' ? e.status : 0;
          if (status === 400 || status === 413 || status === 415) throw new PermanentUploadError(describe(e));
          // 404: the attachment record has not reached the server yet; it will, so try again later.
          if (status === 404) throw new NotYetError(describe(e));
          throw new Error(describe(e));
        }
        onProgress(1);
      },
      // Exponential for failures; linear (capped at 5 × base) while only the record's sync is awaited.
      retryDelayMs: (err, attempts, base) =>
        err instanceof NotYetError ? base * Math.min(attempts, 5) : base * 2 ** (attempts - 1),
    },
    loadQueue(deps.storage.read()),
  );

  const transfer = {
    start: (): void => uploads.start(),
    stop: (): void => uploads.stop(),
    enqueue(sha256: string): void {
      if (!SHA.test(sha256)) throw new Error('sha256: must be a SHA-256 hex digest');
      void uploads.enqueue(sha256);
    },
    runDue: () => uploads.runDue(),
    retryNow: () => uploads.retryNow(),
    pending: () => uploads.pending(),
    onEvent: (listener: (e: TransferEvent) => void) => uploads.onEvent(listener),
    /**
     * Makes the bytes of a synced attachment available here: 'local' if they already were, 'downloaded',
     * or 'missing' when the uploader's device has not sent them yet. Bytes that do not hash right are refused.
     */
    async ensureLocal(sha256: string): Promise<DownloadResult> {
      if (!SHA.test(sha256)) throw new Error('sha256: must be a SHA-256 hex digest');
      if (await deps.hasLocal(sha256)) return 'local';
      const res = await deps.server.call('blobs.get', { params: { sha256 } });
      if (!res.ok) {
        if (res.error.kind === 'refused' && res.error.status === 404) return 'missing';
        throw new Error(describe(res.error));
      }
      const stored = await deps.storeLocal(res.value);
      if (stored !== sha256) throw new Error('sha256: the downloaded bytes do not match the attachment');
      return 'downloaded';
    },
  };
  return transfer;
}

export type BlobTransfer = ReturnType<typeof createBlobTransfer>;
