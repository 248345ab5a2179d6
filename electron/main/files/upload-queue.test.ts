import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createUploadQueue,
  PermanentUploadError,
  type UploadEvent,
  type UploadTransport,
} from './upload-queue';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

/** A clock and timer the test moves by hand. */
function fakeTime(start = 1_000_000) {
  let t = start;
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let ids = 0;
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => {
      const id = ++ids;
      timers.push({ at: t + ms, fn, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      const i = timers.findIndex((x) => x.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    advance: (ms: number) => {
      t += ms;
    },
    nextTimerAt: () => (timers.length ? Math.min(...timers.map((x) => x.at)) : null),
  };
}

let file: string;
beforeEach(() => {
  file = join(mkdtempSync(join(tmpdir(), 'crm-queue-')), 'upload-queue.json');
});

const blobs = async (sha: string) => new TextEncoder().encode(`bytes of ${sha.slice(0, 4)}`);

describe('upload queue', () => {
  it('uploads queued blobs with progress and forgets them when done', async () => {
    const time = fakeTime();
    const sent: string[] = [];
    const transport: UploadTransport = async (sha, bytes, onProgress) => {
      onProgress(0.5);
      sent.push(`${sha.slice(0, 1)}:${new TextDecoder().decode(bytes)}`);
      onProgress(1);
    };
    const q = createUploadQueue({ file, transport, readBlob: blobs, ...time });
    const events: UploadEvent[] = [];
    q.onEvent((e) => events.push(e));
    await q.start();
    await q.enqueue(A);
    await q.runDue();
    expect(sent).toEqual(['a:bytes of aaaa']);
    expect(events.map((e) => e.state)).toEqual(['queued', 'uploading', 'uploading', 'uploading', 'done']);
    expect(events).toContainEqual({ sha256: A, state: 'uploading', progress: 0.5 });
    expect(q.pending()).toEqual([]);
  });

  it('retries a failed upload with exponential backoff', async () => {
    const time = fakeTime();
    let failures = 2;
    const transport: UploadTransport = async () => {
      if (failures-- > 0) throw new Error('offline');
    };
    const q = createUploadQueue({ file, transport, readBlob: blobs, baseDelayMs: 1000, ...time });
    await q.start();
    await q.enqueue(A);
    await q.runDue();
    expect(q.pending()[0]).toMatchObject({
      attempts: 1,
      nextAttemptAt: time.now() + 1000,
      lastError: 'offline',
    });
    await q.runDue(); // not due yet: nothing happens
    expect(q.pending()[0]!.attempts).toBe(1);
    time.advance(1000);
    await q.runDue();
    expect(q.pending()[0]).toMatchObject({ attempts: 2, nextAttemptAt: time.now() + 2000 });
    expect(time.nextTimerAt()).toBe(time.now() + 2000);
    time.advance(2000);
    await q.runDue();
    expect(q.pending()).toEqual([]);
  });

  it('survives a restart in the middle of an upload and resumes it', async () => {
    const time = fakeTime();
    const hanging: UploadTransport = () => new Promise(() => {}); // the app quits during this upload
    const first = createUploadQueue({ file, transport: hanging, readBlob: blobs, ...time });
    await first.start();
    await first.enqueue(A);
    await first.enqueue(B);
    void first.runDue();
    first.stop();

    const sent: string[] = [];
    const second = createUploadQueue({
      file,
      transport: async (sha) => void sent.push(sha),
      readBlob: blobs,
      ...time,
    });
    await second.start();
    expect(second.pending().map((i) => i.sha256)).toEqual([A, B]);
    await second.runDue();
    expect(sent).toEqual([A, B]);

    const third = createUploadQueue({ file, transport: async () => {}, readBlob: blobs, ...time });
    await third.start();
    expect(third.pending()).toEqual([]);
  });

  it('retryNow skips the backoff when the network returns; enqueue is idempotent', async () => {
    const time = fakeTime();
    let online = false;
    const q = createUploadQueue({
      file,
      transport: async () => {
        if (!online) throw new Error('offline');
      },
      readBlob: blobs,
      baseDelayMs: 60_000,
      ...time,
    });
    await q.start();
    await q.enqueue(A);
    await q.enqueue(A);
    expect(q.pending()).toHaveLength(1);
    await q.runDue();
    online = true;
    await q.retryNow();
    expect(q.pending()).toEqual([]);
  });

  it('gives up an upload the server will never take, and says so', async () => {
    const time = fakeTime();
    const q = createUploadQueue({
      file,
      transport: async () => {
        throw new PermanentUploadError('upload refused: HTTP 415');
      },
      readBlob: blobs,
      ...time,
    });
    const events: UploadEvent[] = [];
    q.onEvent((e) => events.push(e));
    await q.start();
    await q.enqueue(A);
    await q.runDue();
    expect(q.pending()).toEqual([]);
    expect(events.at(-1)).toEqual({ sha256: A, state: 'failed', error: 'upload refused: HTTP 415' });
  });
});
