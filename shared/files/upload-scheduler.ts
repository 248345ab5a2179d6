/**
 * The one upload queue of attachment bytes, for both builds: the desktop's main process (entries in a JSON
 * file) and the web build (entries in localStorage) differ only in where entries are kept and how a blob is
 * sent. Uploads one at a time, retries with backoff, reports progress. Timers are the caller's: shared/ uses no
 * host APIs.
 */

export interface PendingUpload {
  sha256: string;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

export type UploadEvent =
  | { sha256: string; state: 'queued' }
  | { sha256: string; state: 'uploading'; progress: number }
  | { sha256: string; state: 'done' }
  | { sha256: string; state: 'retry'; attempts: number; nextAttemptAt: number; error: string }
  /** The server will never take these bytes (wrong hash, refused type): retrying cannot help. */
  | { sha256: string; state: 'failed'; error: string };

/** A refusal that retrying cannot fix: the entry is dropped (the file itself stays on the device). */
export class PermanentUploadError extends Error {
  override name = 'PermanentUploadError';
}

export interface UploadSchedulerDeps {
  /** Sends one blob; throws PermanentUploadError to give up, anything else to try again later. */
  upload(sha256: string, onProgress: (fraction: number) => void): Promise<void>;
  /** Keeps the entries (called after every change). */
  save(items: readonly PendingUpload[]): void | Promise<void>;
  /** The wait before the next attempt, before the cap; default exponential (base, 2 × base, 4 × base…). */
  retryDelayMs?(error: unknown, attempts: number, baseMs: number): number;
  /** While false nothing is attempted (and no backoff is spent). */
  isOnline?(): boolean;
  now?: () => number;
  setTimer: (fn: () => unknown, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export function createUploadScheduler(deps: UploadSchedulerDeps, initial: readonly PendingUpload[] = []) {
  const { setTimer, clearTimer } = deps;
  const now = deps.now ?? Date.now;
  const base = deps.baseDelayMs ?? 2_000;
  const max = deps.maxDelayMs ?? 10 * 60_000;
  const delayOf = deps.retryDelayMs ?? ((_err, attempts, b) => b * 2 ** (attempts - 1));
  const listeners = new Set<(e: UploadEvent) => void>();
  let items: PendingUpload[] = [...initial];
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let stopped = true;

  const emit = (e: UploadEvent) => listeners.forEach((l) => l(e));
  const save = async () => deps.save(items);

  function schedule() {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (stopped || items.length === 0) return;
    const next = Math.min(...items.map((i) => i.nextAttemptAt));
    timer = setTimer(
      () => {
        timer = null;
        return scheduler.runDue();
      },
      Math.max(0, next - now()),
    );
  }

  async function uploadOne(entry: PendingUpload) {
    const { sha256 } = entry;
    try {
      emit({ sha256, state: 'uploading', progress: 0 });
      await deps.upload(sha256, (p) =>
        emit({ sha256, state: 'uploading', progress: Math.max(0, Math.min(1, p)) }),
      );
      items = items.filter((i) => i.sha256 !== sha256);
      await save();
      emit({ sha256, state: 'done' });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      if (err instanceof PermanentUploadError) {
        items = items.filter((i) => i.sha256 !== sha256);
        await save();
        emit({ sha256, state: 'failed', error });
        return;
      }
      const attempts = entry.attempts + 1;
      const nextAttemptAt = now() + Math.min(max, delayOf(err, attempts, base));
      items = items.map((i) =>
        i.sha256 === sha256 ? { ...entry, attempts, nextAttemptAt, lastError: error } : i,
      );
      await save();
      emit({ sha256, state: 'retry', attempts, nextAttemptAt, error });
    }
  }

  const scheduler = {
    /** Starts working through the entries (those given replace the current ones, e.g. loaded from disk). */
    start(loaded?: readonly PendingUpload[]): void {
      if (loaded) items = [...loaded];
      stopped = false;
      schedule();
    },
    stop(): void {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    async enqueue(sha256: string): Promise<void> {
      if (items.some((i) => i.sha256 === sha256)) return;
      items = [...items, { sha256, attempts: 0, nextAttemptAt: now() }];
      emit({ sha256, state: 'queued' });
      await save();
      schedule();
    },
    /** Uploads every entry that is due, one at a time; concurrent calls share one run. */
    runDue(): Promise<void> {
      running ??= (async () => {
        await Promise.resolve(); // so `running` is set before the finally below clears it
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
    /** The network came back: try everything now instead of waiting out the backoff. */
    async retryNow(): Promise<void> {
      items = items.map((i) => ({ ...i, nextAttemptAt: Math.min(i.nextAttemptAt, now()) }));
      await save();
      return scheduler.runDue();
    },
    pending(): ReadonlyArray<Readonly<PendingUpload>> {
      return items;
    },
    onEvent(listener: (e: UploadEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return scheduler;
}

export type UploadScheduler = ReturnType<typeof createUploadScheduler>;
