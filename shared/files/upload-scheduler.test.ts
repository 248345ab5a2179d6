import { describe, expect, it } from 'vitest';
import { createUploadScheduler, PermanentUploadError, type PendingUpload } from './upload-scheduler';

const A = 'a'.repeat(64);
const noTimers = { setTimer: () => 0, clearTimer: () => undefined };

describe('upload scheduler', () => {
  it('backs off by the given rule, capped, keeps every change saved, and drops what can never go', async () => {
    let t = 0;
    const saved: PendingUpload[][] = [];
    const failures = [new Error('503'), new Error('503'), new Error('503'), new PermanentUploadError('415')];
    const s = createUploadScheduler({
      ...noTimers,
      now: () => t,
      baseDelayMs: 1000,
      maxDelayMs: 3000,
      upload: async () => {
        throw failures.shift();
      },
      save: (items) => void saved.push([...items]),
      retryDelayMs: (_e, attempts, base) => base * attempts * 2,
    });
    await s.enqueue(A);
    await s.runDue();
    expect(s.pending()[0]).toMatchObject({ attempts: 1, nextAttemptAt: 2000, lastError: '503' });
    t = 2000;
    await s.runDue();
    expect(s.pending()[0]).toMatchObject({ attempts: 2, nextAttemptAt: 5000 }); // 4000 capped at 3000
    await s.retryNow();
    expect(s.pending()[0]!.attempts).toBe(3);
    await s.retryNow();
    expect(s.pending()).toEqual([]);
    expect(saved.at(-1)).toEqual([]);
  });

  it('attempts nothing while offline', async () => {
    let calls = 0;
    const s = createUploadScheduler(
      { ...noTimers, isOnline: () => false, upload: async () => void calls++, save: () => undefined },
      [{ sha256: A, attempts: 0, nextAttemptAt: 0 }],
    );
    await s.runDue();
    expect(calls).toBe(0);
    expect(s.pending()).toHaveLength(1);
  });
});
