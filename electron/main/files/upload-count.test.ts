import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcEvents } from '@shared/ipc/contract';
import { sendEvent } from '../ipc/events';
import { dispatch } from '../ipc/register';
import { createUploadHandlers } from '../ipc/upload-handlers';
import { watchUploadCount } from './upload-count';
import { createUploadQueue, type UploadTransport } from './upload-queue';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

/** The window's webContents as main sees it: records what reaches the renderer. */
function fakeContents() {
  const sent: Array<[string, unknown]> = [];
  return { sent, send: (channel: string, payload: unknown) => void sent.push([channel, payload]) };
}

/** A clock and timers the test moves by hand (nothing runs unless the test says so). */
function fakeTime() {
  let t = 1_000_000;
  return {
    now: () => t,
    advance: (ms: number) => void (t += ms),
    setTimer: () => 0,
    clearTimer: () => {},
  };
}

async function setup() {
  const file = join(mkdtempSync(join(tmpdir(), 'crm-count-')), 'upload-queue.json');
  const time = fakeTime();
  const net = { online: false, sent: [] as string[] };
  const transport: UploadTransport = async (sha) => {
    if (!net.online) throw new Error('offline');
    net.sent.push(sha);
  };
  const queue = createUploadQueue({
    file,
    transport,
    readBlob: async () => new Uint8Array([1]),
    ...time,
    baseDelayMs: 1_000,
  });
  await queue.start();
  const contents = fakeContents();
  const stop = watchUploadCount(queue, (count) => sendEvent(contents, 'files:uploadCountChanged', { count }));
  const handlers = createUploadHandlers(queue);
  const trusted = () => true;
  const event = { sender: { id: 1 }, senderFrame: { url: 'app://crm/index.html' } };
  const current = () =>
    dispatch('files:uploadCount', handlers['files:uploadCount'], trusted, event, undefined);
  const counts = () => contents.sent.map(([, p]) => (p as { count: number }).count);
  return { queue, contents, stop, current, counts, net, time };
}

describe('upload count (main → renderer)', () => {
  it('reaches the renderer as files are queued, stays while offline, and falls as uploads succeed', async () => {
    const { queue, contents, current, counts, net, time } = await setup();
    expect(await current()).toEqual({ ok: true, value: { count: 0 } });

    await queue.enqueue(A);
    await queue.enqueue(B);
    await queue.enqueue(A); // already waiting: no change
    expect(counts()).toEqual([1, 2]);
    expect(contents.sent.every(([channel]) => channel === 'files:uploadCountChanged')).toBe(true);
    expect(contents.sent.every(([, p]) => ipcEvents['files:uploadCountChanged'].safeParse(p).success)).toBe(
      true,
    );

    // Offline: the attempts fail and are retried later; nothing left the device, so the count stays.
    await queue.runDue();
    expect(net.sent).toEqual([]);
    expect(counts()).toEqual([1, 2]);
    expect(await current()).toEqual({ ok: true, value: { count: 2 } });

    net.online = true;
    time.advance(60_000);
    await queue.runDue();
    expect(net.sent).toEqual([A, B]);
    expect(counts()).toEqual([1, 2, 1, 0]);
    expect(await current()).toEqual({ ok: true, value: { count: 0 } });
  });

  it('stops reporting once unsubscribed', async () => {
    const { queue, stop, counts } = await setup();
    await queue.enqueue(A);
    stop();
    await queue.enqueue(B);
    expect(counts()).toEqual([1]);
  });

  it('never sends a payload the contract refuses', () => {
    const contents = fakeContents();
    expect(() => sendEvent(contents, 'files:uploadCountChanged', { count: -1 })).toThrow();
    expect(contents.sent).toEqual([]);
  });
});
