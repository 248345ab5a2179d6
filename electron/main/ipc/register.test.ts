import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { channels, type Channel, type IpcResult } from '@shared/ipc/contract';
import { createAttachmentStore } from '../files/attachment-store';
import { pngBytes } from '../files/test-bytes';
import { createFileReminderScheduler } from '../reminders/file-scheduler';
import { fakeTime } from '@shared/ipc/testing/fake-time';
import { createTokenStore } from '../tokens/token-store';
import { createAppHandlers } from './app-handlers';
import { createFileHandlers, type FileShell } from './file-handlers';
import { createUploadHandlers } from './upload-handlers';
import { registerIpc, type Handlers, type IpcMainLike } from './register';
import { createReminderHandlers } from './reminder-handlers';
import { createSenderCheck, type SenderLike } from './sender';
import { createTokenHandlers } from './token-handlers';

const WINDOW_ID = 7;
const ourPage: SenderLike = {
  sender: { id: WINDOW_ID },
  senderFrame: { url: 'app://crm/index.html#/leads' },
};

/** Records ipcMain.handle registrations and calls them like Electron would. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: SenderLike, ...args: unknown[]) => unknown>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = (channel: Channel, payload: unknown, event: SenderLike = ourPage) =>
    handlers.get(channel)!(event, payload) as Promise<IpcResult<unknown>>;
  return { ipc, handlers, invoke };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-ipc-'));
});

async function setup() {
  const time = fakeTime();
  const store = createAttachmentStore({ root: join(dir, 'files') });
  await store.init();
  const scheduler = createFileReminderScheduler({
    file: join(dir, 'reminders.json'),
    notifier: { show: () => {} },
    onClick: () => {},
    ...time,
  });
  await scheduler.start();
  const shell: FileShell = { pickFiles: async () => [], saveAs: async () => null, openPath: async () => '' };
  const handlers: Handlers = {
    ...createAppHandlers({
      version: '0.1.0',
      platform: 'linux',
      startedAt: time.now(),
      now: time.now,
      notify: () => {},
    }),
    ...createTokenHandlers(
      createTokenStore({
        file: join(dir, 'session.bin'),
        encryptor: {
          isEncryptionAvailable: () => false,
          encryptString: () => Buffer.alloc(0),
          decryptString: () => '',
        },
      }),
    ),
    ...createFileHandlers({ store, shell, openDir: join(dir, 'open') }),
    ...createUploadHandlers({ pending: () => [], onEvent: () => () => {} }),
    ...createReminderHandlers(scheduler),
  };
  const fake = fakeIpcMain();
  const check = createSenderCheck({ windowContentsId: () => WINDOW_ID, allowedOrigins: ['app://crm'] });
  const unregister = registerIpc(fake.ipc, handlers, check);
  return { ...fake, store, scheduler, time, unregister };
}

describe('IPC gate', () => {
  it('registers every channel of the contract and answers valid calls', async () => {
    const { handlers, invoke, unregister } = await setup();
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
    expect(handlers.size).toBe(18);
    expect(await invoke('app:info', undefined)).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'linux', kind: 'electron' },
    });
    const png = await pngBytes(64, 64);
    const put = await invoke('files:put', { bytes: new Uint8Array(png), name: 'card.png' });
    expect(put).toMatchObject({ ok: true, value: { mime: 'image/png', size: png.length } });
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('a bad payload gets an error naming the field, and nothing changes', async () => {
    const { invoke, scheduler, time } = await setup();
    const good = {
      id: 'closeDue:opp-1',
      dueAt: new Date(time.now() + 3_600_000).toISOString(),
      title: 'Close date in 7 days',
      recordType: 'opportunity',
      recordId: 'opp-00000001',
    };
    expect(await invoke('reminders:setSchedule', { items: [good] })).toEqual({
      ok: true,
      value: { count: 1 },
    });

    const res = await invoke('reminders:setSchedule', {
      items: [good, { ...good, id: 'x', dueAt: 'next tuesday' }],
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID', field: 'items.1.dueAt' } });
    expect(scheduler.list().map((e) => e.id)).toEqual(['closeDue:opp-1']);

    expect(await invoke('files:put', { bytes: 'not bytes', name: 'x.png' })).toMatchObject({
      ok: false,
      error: { field: 'bytes' },
    });
    expect(await invoke('files:has', { sha256: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { field: 'sha256' },
    });
    expect(await invoke('files:open', { sha256: 'a'.repeat(64) })).toMatchObject({
      ok: false,
      error: { field: 'name' },
    });
    expect(
      await invoke('reminders:snooze', { id: 'nope', until: new Date(time.now() + 60_000).toISOString() }),
    ).toMatchObject({
      ok: false,
      error: { field: 'id' },
    });
    expect(await invoke('tokens:set', { accessToken: 'a', refreshToken: 'r' })).toMatchObject({
      ok: false,
      error: { field: 'user' },
    });
    expect(await invoke('tokens:get', undefined)).toEqual({ ok: true, value: null });
    expect(await invoke('tokens:protection', undefined)).toEqual({
      ok: true,
      value: { storage: 'memory-only', reason: 'no-encryption' },
    });
  });

  it('a file the store refuses is an error naming the field, and nothing is stored', async () => {
    const { invoke } = await setup();
    const exe = new Uint8Array([
      0x4d,
      0x5a,
      0x90,
      0,
      3,
      0,
      0,
      0,
      4,
      0,
      0,
      0,
      0xff,
      0xff,
      0,
      0,
      ...new Array(200).fill(0),
    ]);
    expect(await invoke('files:put', { bytes: exe, name: 'invoice.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID', field: 'bytes' },
    });
    expect(readdirSync(join(dir, 'files'))).toEqual(['.tmp']);
  });

  it('refuses callers other than our window’s own page, before reading the payload', async () => {
    const { invoke, scheduler, time } = await setup();
    const item = {
      id: 'r1',
      dueAt: new Date(time.now() + 60_000).toISOString(),
      title: 't',
      recordType: 'lead',
      recordId: 'lead-0000001',
    };
    const strangers: SenderLike[] = [
      { sender: { id: WINDOW_ID + 1 }, senderFrame: { url: 'app://crm/index.html' } },
      { sender: { id: WINDOW_ID }, senderFrame: { url: 'https://evil.example/x' } },
      { sender: { id: WINDOW_ID }, senderFrame: { url: 'file:///etc/passwd' } },
      { sender: { id: WINDOW_ID }, senderFrame: null },
    ];
    for (const event of strangers) {
      expect(await invoke('reminders:setSchedule', { items: [item] }, event)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(scheduler.list()).toEqual([]);
  });
});
