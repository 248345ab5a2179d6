/**
 * Moves attachment bytes between this device's file store and the server's blob store (PUT/GET /blobs/:sha256):
 * uploads a persisted queue with exponential backoff and progress, and downloads on demand when a synced
 * attachment's bytes are not here yet. Platform-neutral: the caller injects how bytes are read and stored
 * locally and where the queue is kept (localStorage in a browser). The desktop has its own main-process
 * queue (electron/main/files/upload-queue.ts) and uses only `ensureLocal` from here.
 */

export interface BlobTransferDeps {
  /** The sync server, e.g. from the sync client's SyncHttp.baseUrl. */
  baseUrl: string;
  accessToken(): Promise<string>;
  /** Rotates the tokens after a 401 (SyncHttp.refresh). */
  refresh?(): Promise<void>;
  readLocal(sha256: string): Promise<Uint8Array | undefined>;
  /** Stores bytes content-addressed and answers their hash. */
  storeLocal(bytes: Uint8Array): Promise<string>;
  hasLocal(sha256: string): Promise<boolean>;
  storage: { read(): string | null; write(value: string): void };
  /** While false no upload is attempted (and no backoff is spent); call retryNow when it turns true. */
  isOnline?: () => boolean;
  fetch?: typeof fetch;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export type TransferEvent =
  | { sha256: string; state: 'queued' }
  | { sha256: string; state: 'uploading'; progress: number }
  | { sha256: string; state: 'done' }
  | { sha256: string; state: 'retry'; attempts: number; nextAttemptAt: number; error: string }
  /** The server will never take these bytes (wrong hash, refused type): retrying cannot help. */
  | { sha256: string; state: 'failed'; error: string };

export interface PendingUpload {
  sha256: string;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

export type DownloadResult = 'local' | 'downloaded' | 'missing';

const SHA = /^[a-f0-9]{64}$/;

/** A refusal that retrying cannot fix. */
class PermanentError extends Error {}

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

export function createBlobTransfer(deps: BlobTransferDeps) {
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const base = deps.baseDelayMs ?? 2_000;
  const max = deps.maxDelayMs ?? 10 * 60_000;
  const url = (sha: string) => `${deps.baseUrl.replace(/\/$/, '')}/blobs/${sha}`;
  const listeners = new Set<(e: TransferEvent) => void>();
  let items = loadQueue(deps.storage.read());
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let stopped = true;

  const emit = (e: TransferEvent) => listeners.forEach((l) => l(e));
  const persist = () => deps.storage.write(JSON.stringify(items));

  function schedule() {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (stopped || items.length === 0) return;
    const next = Math.min(...items.map((i) => i.nextAttemptAt));
    timer = setTimer(
      () => {
        timer = null;
        void transfer.runDue();
      },
      Math.max(0, next - now()),
    );
  }

  /** An authorised request; one token refresh on 401. */
  async function send(method: 'PUT' | 'GET', sha: string, body?: Uint8Array): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const res = await doFetch(url(sha), {
        method,
        headers: {
          authorization: `Bearer ${await deps.accessToken()}`,
          ...(body ? { 'content-type': 'application/octet-stream' } : {}),
        },
        body: body as BodyInit | undefined,
      });
      if (res.status !== 401 || attempt > 0 || !deps.refresh) return res;
      await deps.refresh();
    }
  }

  async function errorOf(res: Response): Promise<{ code: string; message: string }> {
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    return { code: body.code ?? `HTTP_${res.status}`, message: body.message ?? `HTTP ${res.status}` };
  }

  async function uploadOne(entry: PendingUpload) {
    try {
      const bytes = await deps.readLocal(entry.sha256);
      if (!bytes) throw new PermanentError('the file is no longer on this device');
      emit({ sha256: entry.sha256, state: 'uploading', progress: 0 });
      const res = await send('PUT', entry.sha256, bytes);
      if (!res.ok) {
        const err = await errorOf(res);
        // 404: the attachment record has not reached the server yet; it will, so try again later.
        if (res.status === 400 || res.status === 413 || res.status === 415)
          throw new PermanentError(`${err.code}: ${err.message}`);
        if (res.status === 404) throw new NotYetError(`${err.code}: ${err.message}`);
        throw new Error(`${err.code}: ${err.message}`);
      }
      emit({ sha256: entry.sha256, state: 'uploading', progress: 1 });
      items = items.filter((i) => i.sha256 !== entry.sha256);
      persist();
      emit({ sha256: entry.sha256, state: 'done' });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      if (err instanceof PermanentError) {
        items = items.filter((i) => i.sha256 !== entry.sha256);
        persist();
        emit({ sha256: entry.sha256, state: 'failed', error });
        return;
      }
      const attempts = entry.attempts + 1;
      // Exponential for failures; linear (capped at 5 × base) while only the record's sync is awaited.
      const delay = err instanceof NotYetError ? base * Math.min(attempts, 5) : base * 2 ** (attempts - 1);
      const updated = { ...entry, attempts, nextAttemptAt: now() + Math.min(max, delay), lastError: error };
      items = items.map((i) => (i.sha256 === entry.sha256 ? updated : i));
      persist();
      emit({ sha256: entry.sha256, state: 'retry', attempts, nextAttemptAt: updated.nextAttemptAt, error });
    }
  }

  const transfer = {
    start(): void {
      stopped = false;
      schedule();
    },
    stop(): void {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    enqueue(sha256: string): void {
      if (!SHA.test(sha256)) throw new Error('sha256: must be a SHA-256 hex digest');
      if (items.some((i) => i.sha256 === sha256)) return;
      items = [...items, { sha256, attempts: 0, nextAttemptAt: now() }];
      persist();
      emit({ sha256, state: 'queued' });
      schedule();
    },
    /** Uploads every due entry, one at a time; concurrent calls share one run. */
    runDue(): Promise<void> {
      running ??= (async () => {
        await Promise.resolve();
        try {
          if (deps.isOnline?.() === false) return;
          for (const entry of items.filter((i) => i.nextAttemptAt <= now())) await uploadOne(entry);
        } finally {
          running = null;
          schedule();
        }
      })();
      return running;
    },
    /** Back online: try everything now instead of waiting out the backoff. */
    retryNow(): Promise<void> {
      items = items.map((i) => ({ ...i, nextAttemptAt: Math.min(i.nextAttemptAt, now()) }));
      persist();
      return transfer.runDue();
    },
    pending(): ReadonlyArray<Readonly<PendingUpload>> {
      return items;
    },
    onEvent(listener: (e: TransferEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * Makes the bytes of a synced attachment available here: 'local' if they already were, 'downloaded',
     * or 'missing' when the uploader's device has not sent them yet. Bytes that do not hash right are refused.
     */
    async ensureLocal(sha256: string): Promise<DownloadResult> {
      if (!SHA.test(sha256)) throw new Error('sha256: must be a SHA-256 hex digest');
      if (await deps.hasLocal(sha256)) return 'local';
      const res = await send('GET', sha256);
      if (res.status === 404) return 'missing';
      if (!res.ok) {
        const err = await errorOf(res);
        throw new Error(`${err.code}: ${err.message}`);
      }
      const stored = await deps.storeLocal(new Uint8Array(await res.arrayBuffer()));
      if (stored !== sha256) throw new Error('sha256: the downloaded bytes do not match the attachment');
      return 'downloaded';
    },
  };
  return transfer;
}

export type BlobTransfer = ReturnType<typeof createBlobTransfer>;
