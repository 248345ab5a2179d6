// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import type { CrmBridge } from '@shared/ipc/bridge';
import type { CrmDatabase } from '../../db/database';
import { AppTestProviders, openTestDatabase } from '../../ui/testing';
import { LOCAL_SESSION } from '../../data/session';
import { createSyncStatusStore } from '../../data/sync-status';
import { useSync, type SyncApi } from '../../data/sync-context';
import type { PlatformTokens, StoredSession } from '../../platform/types';
import { SyncProvider } from './SyncProvider';

/** On the desktop the main process uploads attachment bytes; this is its side of the bridge. */
function fakeDesktop(initialCount: number) {
  const listeners = new Set<(p: unknown) => void>();
  const refuse = () => Promise.resolve({ ok: false, error: { code: 'FAILED', message: 'not faked' } });
  const group = () => new Proxy({}, { get: () => refuse });
  const bridge = {
    app: group(),
    tokens: group(),
    reminders: group(),
    files: new Proxy(
      {},
      {
        get: (_t, m) =>
          m === 'uploadCount' ? () => Promise.resolve({ ok: true, value: { count: initialCount } }) : refuse,
      },
    ),
    on: (event: string, l: (p: unknown) => void) => {
      if (event !== 'files:uploadCountChanged') return () => {};
      listeners.add(l);
      return () => listeners.delete(l);
    },
  } as unknown as CrmBridge;
  return { bridge, listeners, push: (count: number) => listeners.forEach((l) => l({ count })) };
}

const user = { id: 'demo-user-li', name: 'Li', email: 'li@demo.local', role: 'rep', departmentId: 'd1' };
const server = vi.fn(async (url: string) => {
  const json = (body: unknown) => ({ ok: true, status: 200, json: async () => body });
  if (url.includes('/pull')) return json({ documents: [], checkpoint: null });
  if (url.includes('/push')) return json({ conflicts: [], rejected: [] });
  if (url.endsWith('/auth/me')) return json(user);
  return json({ ok: true });
});

function storedTokens(): PlatformTokens {
  let s: StoredSession | null = { accessToken: 'a', refreshToken: 'r', user };
  return {
    get: async () => s,
    set: async (next) => {
      s = next;
      return true;
    },
    clear: async () => {
      s = null;
    },
  };
}

let db: CrmDatabase;
let desktop: ReturnType<typeof fakeDesktop>;
beforeEach(async () => {
  vi.stubGlobal('fetch', server);
  vi.stubGlobal('EventSource', undefined);
  desktop = fakeDesktop(2);
  window.crm = desktop.bridge;
  db = await openTestDatabase();
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  delete window.crm;
  await db.remove();
});

describe('SyncProvider on the desktop', () => {
  it('counts the files main has not uploaded yet, follows the count, and stops at sign-out', async () => {
    const status = createSyncStatusStore();
    const seen: { api?: SyncApi } = {};
    function Probe() {
      seen.api = useSync();
      return null;
    }
    render(
      <AppTestProviders db={db}>
        <SyncProvider fallbackSession={LOCAL_SESSION} tokens={storedTokens()} statusStore={status}>
          <Probe />
        </SyncProvider>
      </AppTestProviders>,
    );
    await waitFor(() => expect(status.get().uploads).toBe(2));
    // Records synced but photos still waiting: the badge must not say "synced" with nothing pending.
    await waitFor(() => expect(status.get().state).toBe('synced'), { timeout: 10_000 });
    expect(status.get().pending + (status.get().uploads ?? 0)).toBe(2);

    act(() => desktop.push(1));
    expect(status.get().uploads).toBe(1);
    act(() => desktop.push(0));
    expect(status.get().uploads).toBe(0);
    act(() => desktop.push(3));
    expect(status.get().uploads).toBe(3);

    await act(() => seen.api!.signOut());
    await waitFor(() => expect(desktop.listeners.size).toBe(0));
    expect(status.get().uploads).toBe(0);
  });
});
