import { z } from 'zod';
import {
  createUploadScheduler,
  PermanentUploadError,
  type UploadEvent,
  type UploadSchedulerDeps,
} from '@shared/files/upload-scheduler';
import { readJsonFile, writeJsonFile } from './json-file';

export { PermanentUploadError, type UploadEvent };

/** Sends one blob to the server (PUT /blobs/:sha256); rejects to retry later, or with PermanentUploadError to give up. */
export type UploadTransport = (
  sha256: string,
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
) => Promise<void>;

const entrySchema = z.object({
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
  lastError: z.string().optional(),
});
const fileSchema = z.object({ version: z.literal(1), items: z.array(entrySchema) });

export interface UploadQueueOptions
  extends
    Pick<UploadSchedulerDeps, 'now' | 'baseDelayMs' | 'maxDelayMs'>,
    Partial<Pick<UploadSchedulerDeps, 'setTimer' | 'clearTimer'>> {
  file: string;
  transport: UploadTransport;
  readBlob: (sha256: string) => Promise<Uint8Array>;
}

/**
 * The desktop's upload queue: the shared scheduler (shared/files/upload-scheduler.ts) with its entries in a JSON
 * file rewritten crash-safe on each change, so it survives restarts.
 */
export function createUploadQueue(opts: UploadQueueOptions) {
  const scheduler = createUploadScheduler({
    ...opts,
    setTimer: opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
    clearTimer: opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)),
    upload: async (sha256, onProgress) => opts.transport(sha256, await opts.readBlob(sha256), onProgress),
    save: (items) => writeJsonFile(opts.file, { version: 1, items }),
  });
  return {
    ...scheduler,
    /** Loads what a previous run left and starts working through it. */
    async start(): Promise<void> {
      scheduler.start((await readJsonFile(opts.file, fileSchema, { version: 1, items: [] })).items);
    },
  };
}
