import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HttpClient, type FetchLike } from '../api';
import { memoryTokenStore } from '../db/replication';
import { createBlobTransfer, type BlobTransferDeps, type TransferEvent } from './blob-transfer';

const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytesA = new TextEncoder().encode('photo of the box');
const A = hash(bytesA);

/** A fake server answering PUT/GET /blobs/:sha with scripted statuses, and an in-memory local store. */
function setup(script: number[] = []) {
  const server = new Map<string, Uint8Array>();
  const local = new Map<string, Uint8Array>([[A, bytesA]]);
  const calls: string[] = [];
  let stored: string | null = null;
  let t = 1_000;
  const fetch = (async (input: string, init: RequestInit) => {
    // A token refresh (by the client, after a 401) is not a blob call.
    if (input.endsWith('/auth/refresh'))
      return Response.json({ accessToken: 'tok2', accessExpiresAt: '', refreshToken: 'r2' });
    const sha = input.split('/').pop()!;
    calls.push(`${init.method} ${sha.slice(0, 4)} ${(init.headers as Record<string, string>).authorization}`);
    const status = script.shift();
    if (status && status !== 200 && status !== 204)
      return new Response(JSON.stringify({ code: `C${status}`, message: 'no' }), { status });
    if (init.method === 'PUT') {
      server.set(sha, init.body as Uint8Array);
      return new Response(null, { status: 204 });
    }
    const b = server.get(sha);
    return b
      ? new Response(b as BodyInit, { status: 200 })
      : new Response(JSON.stringify({ code: 'BLOB_MISSING' }), { status: 404 });
  }) as unknown as FetchLike;
  const deps: BlobTransferDeps = {
    server: new HttpClient({
      baseUrl: 'http://127.0.0.1:1/',
      tokens: memoryTokenStore({ access: 'tok1', refresh: 'r1' }),
      deviceId: 'd1',
      fetch,
      sleep: async () => {},
    }),
    readLocal: async (sha) => local.get(sha),
    storeLocal: async (b) => {
      local.set(hash(b), b);
      return hash(b);
    },
    hasLocal: async (sha) => local.has(sha),
    storage: { read: () => stored, write: (v) => (stored = v) },
    now: () => t,
    setTimer: () => 0,
    clearTimer: () => undefined,
  };
  return { server, local, calls, deps, advance: (ms: number) => (t += ms), storedQueue: () => stored };
}

describe('blob transfer', () => {
  it('uploads with progress and forgets the entry', async () => {
    const s = setup();
    const tr = createBlobTransfer(s.deps);
    const events: TransferEvent[] = [];
    tr.onEvent((e) => events.push(e));
    tr.enqueue(A);
    await tr.runDue();
    expect(s.server.get(A)).toEqual(bytesA);
    expect(events.map((e) => e.state)).toEqual(['queued', 'uploading', 'uploading', 'done']);
    expect(tr.pending()).toEqual([]);
    expect(s.calls).toEqual([`PUT ${A.slice(0, 4)} Bearer tok1`]);
  });

  it('retries failures with exponential backoff, a record not yet on the server linearly, and survives a restart', async () => {
    const s = setup([503, 503, 404]);
    const first = createBlobTransfer({ ...s.deps, baseDelayMs: 1000 });
    first.enqueue(A);
    await first.runDue();
    expect(first.pending()[0]).toMatchObject({ attempts: 1, nextAttemptAt: 2_000, lastError: 'C503: no' });
    s.advance(1000);
    await first.runDue();
    expect(first.pending()[0]).toMatchObject({ attempts: 2, nextAttemptAt: 4_000 });
    s.advance(2000);
    await first.runDue();
    expect(first.pending()[0]).toMatchObject({ attempts: 3, nextAttemptAt: 7_000, lastError: 'C404: no' });
    first.stop();

    const second = createBlobTransfer({ ...s.deps, baseDelayMs: 1000 });
    expect(second.pending().map((p) => p.sha256)).toEqual([A]);
    await second.runDue(); // not due yet
    expect(s.server.has(A)).toBe(false);
    await second.retryNow();
    expect(s.server.has(A)).toBe(true);
    expect(second.pending()).toEqual([]);
  });

  it('spends no attempts while offline', async () => {
    let online = false;
    const s = setup();
    const tr = createBlobTransfer({ ...s.deps, isOnline: () => online });
    tr.enqueue(A);
    await tr.runDue();
    expect(s.calls).toEqual([]);
    expect(tr.pending()[0]!.attempts).toBe(0);
    online = true;
    await tr.retryNow();
    expect(s.server.has(A)).toBe(true);
  });

  it('refreshes the token once on 401', async () => {
    const s = setup([401]);
    const tr = createBlobTransfer(s.deps);
    tr.enqueue(A);
    await tr.runDue();
    expect(s.calls.map((c) => c.split(' ')[2])).toEqual(['Bearer', 'Bearer']);
    expect(s.calls[1]).toContain('tok2');
    expect(s.server.has(A)).toBe(true);
  });

  it('drops an upload the server will never take, with the reason', async () => {
    const s = setup([415]);
    const tr = createBlobTransfer(s.deps);
    const events: TransferEvent[] = [];
    tr.onEvent((e) => events.push(e));
    tr.enqueue(A);
    await tr.runDue();
    expect(events.at(-1)).toEqual({ sha256: A, state: 'failed', error: 'C415: no' });
    expect(tr.pending()).toEqual([]);
  });

  it('downloads missing bytes on demand and verifies their hash', async () => {
    const s = setup();
    const B = hash(new TextEncoder().encode('other'));
    s.server.set(B, new TextEncoder().encode('other'));
    const tr = createBlobTransfer(s.deps);
    expect(await tr.ensureLocal(A)).toBe('local');
    expect(await tr.ensureLocal(B)).toBe('downloaded');
    expect(s.local.has(B)).toBe(true);
    expect(await tr.ensureLocal('c'.repeat(64))).toBe('missing');
    const C = 'd'.repeat(64);
    s.server.set(C, new TextEncoder().encode('not d'));
    await expect(tr.ensureLocal(C)).rejects.toThrow(/do not match/);
    expect(() => tr.enqueue('nope')).toThrow(/sha256/);
  });

  it('ignores a damaged persisted queue', () => {
    const s = setup();
    s.deps.storage.write('{not json');
    expect(createBlobTransfer(s.deps).pending()).toEqual([]);
  });
});
