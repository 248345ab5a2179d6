import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

/** Sends one blob to the server (PUT /blobs/:sha256); rejects to retry later, or with PermanentUploadError to give up. */
export type UploadTransport = (
  sha256: string,
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
) => Promise<void>;

/** The server will never take this blob (wrong hash, refused type): retrying cannot help. */
export class PermanentUploadError extends Error {
  override name = 'PermanentUploadError';
}

export type UploadEvent =
  | { sha256: string; state: 'queued' }
  | { sha256: string; state: 'uploading'; progress: number }
  | { sha256: string; state: 'done' }
  | { sha256: string; state: 'retry'; attempts: number; nextAttemptAt: number; error: string }
  | { sha256: string; state: 'failed'; error: string };

const entrySchema = z.object({
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
  lastError: z.string().optional(),
});
const fileSchema = z.object({ version: z.literal(1), items: z.array(entrySchema) });
type Entry = z.infer<typeof entrySchema>;

export interface UploadQueueOptions {
  file: string;
  transport: UploadTransport;
  readBlob: (sha256: string) => Promise<Uint8Array>;
  now?: () => number;
  setTimer?: (fn: () => unknown, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * A persisted queue of blobs to upload: survives restarts (a JSON file rewritten crash-safe on each change),
 * uploads one at a time, retries failures with exponential backoff, and reports progress to listeners.
 */
export function createUploadQueue(opts: UploadQueueOptions) {
  const now = opts.now ?? Date.now;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const base = opts.baseDelayMs ?? 2_000;
  const max = opts.maxDelayMs ?? 10 * 60_000;
  const listeners = new Set<(e: UploadEvent) => void>();
  let items: Entry[] = [];
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let stopped = true;

  const emit = (e: UploadEvent) => listeners.forEach((l) => l(e));
  const persist = () => writeJsonFile(opts.file, { version: 1, items });
  const backoff = (attempts: number) => Math.min(max, base * 2 ** (attempts - 1));

  function schedule() {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (stopped || items.length === 0) return;
    const next = Math.min(...items.map((i) => i.nextAttemptAt));
    timer = setTimer(
      () => {
        timer = null;
        return queue.runDue();
      },
      Math.max(0, next - now()),
    );
  }

  async function uploadOne(entry: Entry) {
    try {
      const bytes = await opts.readBlob(entry.sha256);
      emit({ sha256: entry.sha256, state: 'uploading', progress: 0 });
      await opts.transport(entry.sha256, bytes, (p) =>
        emit({ sha256: entry.sha256, state: 'uploading', progress: Math.max(0, Math.min(1, p)) }),
      );
      items = items.filter((i) => i.sha256 !== entry.sha256);
      await persist();
      emit({ sha256: entry.sha256, state: 'done' });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      if (err instanceof PermanentUploadError) {
        // The file itself stays in the local store; only its upload is abandoned, and said so.
        items = items.filter((i) => i.sha256 !== entry.sha256);
        await persist();
        emit({ sha256: entry.sha256, state: 'failed', error });
        return;
      }
      const attempts = entry.attempts + 1;
      const updated = { ...entry, attempts, nextAttemptAt: now() + backoff(attempts), lastError: error };
      items = items.map((i) => (i.sha256 === entry.sha256 ? updated : i));
      await persist();
      emit({ sha256: entry.sha256, state: 'retry', attempts, nextAttemptAt: updated.nextAttemptAt, error });
    }
  }

  const queue = {
    /** Loads what a previous run left and starts working through it. */
    async start(): Promise<void> {
      items = (await readJsonFile(opts.file, fileSchema, { version: 1, items: [] })).items;
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
      await persist();
      emit({ sha256, state: 'queued' });
      schedule();
    },
    /** Uploads every entry that is due, one at a time; concurrent calls share one run. */
    runDue(): Promise<void> {
      running ??= (async () => {
        await Promise.resolve(); // so `running` is set before the finally below clears it
        try {
          for (const entry of items.filter((i) => i.nextAttemptAt <= now())) await uploadOne(entry);
        } finally {
          running = null;
          schedule();
        }
      })();
      return running;
    },
    /** The network came back: retry everything now instead of waiting out the backoff. */
    async retryNow(): Promise<void> {
      items = items.map((i) => ({ ...i, nextAttemptAt: Math.min(i.nextAttemptAt, now()) }));
      await persist();
      return queue.runDue();
    },
    pending(): ReadonlyArray<Readonly<Entry>> {
      return items;
    },
    onEvent(listener: (e: UploadEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return queue;
}
