import { describe, expect, it, vi } from 'vitest';
import type { CrmBridge } from '@shared/ipc/bridge';
import type { IpcResult } from '@shared/ipc/contract';
import { createElectronPlatform } from './electron-platform';

const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

/** A bridge whose every call is recorded; the ones a test needs answer something. */
function fakeBridge(overrides: Partial<{ [G in keyof CrmBridge]: Partial<CrmBridge[G]> }> = {}) {
  const calls: Array<[string, unknown]> = [];
  const notImplemented = (name: string) => (req?: unknown) => {
    calls.push([name, req]);
    return Promise.resolve({ ok: false, error: { code: 'FAILED', message: `${name} not faked` } });
  };
  const group = (g: string, methods: string[]) =>
    Object.fromEntries(methods.map((m) => [m, (overrides as any)[g]?.[m] ?? notImplemented(`${g}:${m}`)]));
  const bridge = {
    app: group('app', ['info', 'health', 'notify']),
    tokens: group('tokens', ['get', 'set', 'clear', 'protection']),
    files: group('files', ['put', 'pick', 'has', 'open', 'saveCopy', 'thumbnail', 'uploadCount']),
    reminders: group('reminders', ['setSchedule', 'list', 'snooze', 'done']),
    on: () => () => {},
  } as unknown as CrmBridge;
  return { bridge, calls };
}

describe('electron platform', () => {
  it('unwraps answers and builds crm-file:// addresses only from hashes main confirmed', async () => {
    const h = 'c'.repeat(64);
    const { bridge } = fakeBridge({
      files: {
        put: () => ok({ sha256: h, size: 3, mime: 'image/png', deduplicated: false }),
        thumbnail: () => ok({ available: true }),
      },
    });
    const p = createElectronPlatform(bridge);
    expect(await p.files.put(new Uint8Array([1, 2, 3]), 'a.png')).toEqual({
      sha256: h,
      size: 3,
      mime: 'image/png',
    });
    expect(await p.files.url(h)).toBe(`crm-file://${h}`);
    expect(await p.files.thumbUrl(h)).toBe(`crm-file://thumb/${h}`);
  });

  it('turns a refusal from main into a PlatformError carrying the field', async () => {
    const { bridge } = fakeBridge({
      reminders: {
        setSchedule: () =>
          Promise.resolve({
            ok: false,
            error: {
              code: 'INVALID',
              field: 'items.0.dueAt',
              message: 'items.0.dueAt: Invalid ISO datetime',
            },
          }),
      },
    });
    await expect(createElectronPlatform(bridge).reminders.setSchedule([])).rejects.toMatchObject({
      name: 'PlatformError',
      code: 'INVALID',
      field: 'items.0.dueAt',
    });
  });

  it('onCount starts from the current number of due reminders, then follows main', async () => {
    const entry = {
      dueAt: '2026-04-15T08:00:00.000Z',
      title: 't',
      recordType: 'lead' as const,
      recordId: 'lead-0000001',
    };
    let push: (payload: { due: number }) => void = () => {};
    const { bridge } = fakeBridge({
      reminders: {
        list: () =>
          ok([
            { ...entry, id: 'a', status: 'fired' as const },
            { ...entry, id: 'b', status: 'done' as const },
            { ...entry, id: 'c', status: 'fired' as const },
          ]),
      },
    });
    (bridge as { on: unknown }).on = (_event: string, l: (p: { due: number }) => void) => {
      push = l;
      return () => {};
    };
    const seen: number[] = [];
    createElectronPlatform(bridge).reminders.onCount((n) => void seen.push(n));
    await new Promise((r) => setTimeout(r, 0));
    push({ due: 3 });
    expect(seen).toEqual([2, 3]);
  });

  it('onUploadCount starts from the queue length in main, follows its changes and drops malformed payloads', async () => {
    let answer: (n: number) => void = () => {};
    const { bridge } = fakeBridge({
      files: {
        uploadCount: () => new Promise((r) => (answer = (count) => r({ ok: true, value: { count } }))),
      },
    });
    const listeners = new Map<string, (p: unknown) => void>();
    (bridge as { on: unknown }).on = (event: string, l: (p: unknown) => void) => {
      listeners.set(event, l);
      return () => listeners.delete(event);
    };
    const seen: number[] = [];
    const off = createElectronPlatform(bridge).files.onUploadCount!((n) => void seen.push(n));
    answer(2);
    await vi.waitFor(() => expect(seen).toEqual([2]));
    const push = listeners.get('files:uploadCountChanged')!;
    push({ count: 1 });
    push({ count: -4 });
    push({ count: 'many' });
    push({ count: 0 });
    expect(seen).toEqual([2, 1, 0]);
    off();
    expect(listeners.has('files:uploadCountChanged')).toBe(false);
  });

  it('onUploadCount ignores a current count that a change already overtook', async () => {
    let answer: (n: number) => void = () => {};
    const { bridge } = fakeBridge({
      files: {
        uploadCount: () => new Promise((r) => (answer = (count) => r({ ok: true, value: { count } }))),
      },
    });
    let push: (p: unknown) => void = () => {};
    (bridge as { on: unknown }).on = (_event: string, l: (p: unknown) => void) => {
      push = l;
      return () => {};
    };
    const seen: number[] = [];
    createElectronPlatform(bridge).files.onUploadCount!((n) => void seen.push(n));
    push({ count: 3 });
    answer(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([3]);
  });

  it('sends snooze times as ISO strings', async () => {
    const { bridge, calls } = fakeBridge();
    await createElectronPlatform(bridge)
      .reminders.snooze('r1', new Date('2026-04-15T09:00:00Z'))
      .catch(() => {});
    expect(calls).toEqual([['reminders:snooze', { id: 'r1', until: '2026-04-15T09:00:00.000Z' }]]);
  });
});
