// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { newFieldsOf } from '@shared/model/fixtures';
import type { CrmDatabase } from '../../db/database';
import { insertDoc } from '../../db/write';
import { AppTestProviders, openTestDatabase } from '../../ui/testing';
import { LOCAL_SESSION, useSession, type Session } from '../../data/session';
import { createSyncStatusStore } from '../../data/sync-status';
import type { PlatformTokens, StoredSession } from '../../platform/types';
import { SyncProvider } from './SyncProvider';
import { useSync, type SyncApi } from '../../data/sync-context';

const user = {
  id: 'demo-user-li',
  name: '李 Li',
  email: 'li@demo.local',
  role: 'rep',
  departmentId: 'demo-dept-1',
};

/** A sync server that knows one password and has no data. */
const server = vi.fn(async (url: string, init?: { body?: string }) => {
  const json = (status: number, body: unknown) => ({ ok: status < 400, status, json: async () => body });
  if (url.endsWith('/auth/login')) {
    const { password } = JSON.parse(init!.body!) as { password: string };
    if (password !== 'demo1234')
      return json(401, { code: 'BAD_CREDENTIALS', message: 'wrong email or password' });
    return json(200, {
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      accessExpiresAt: '2030-01-01T00:00:00.000Z',
      user,
    });
  }
  if (url.includes('/pull')) return json(200, { documents: [], checkpoint: null });
  if (url.includes('/push')) return json(200, { conflicts: [], rejected: [] });
  if (url.endsWith('/auth/me')) return json(200, user);
  return json(200, { ok: true });
});

function memoryTokens(): PlatformTokens & { current(): StoredSession | null } {
  let s: StoredSession | null = null;
  return {
    get: async () => s,
    set: async (next) => {
      s = next;
      return true;
    },
    clear: async () => {
      s = null;
    },
    current: () => s,
  };
}

let db: CrmDatabase;
beforeEach(async () => {
  vi.stubGlobal('fetch', server);
  vi.stubGlobal('EventSource', undefined);
  db = await openTestDatabase();
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await db.remove();
});

function renderProvider(tokens: PlatformTokens, status = createSyncStatusStore()) {
  const seen: { api?: SyncApi; session?: Session } = {};
  function Probe() {
    seen.api = useSync();
    seen.session = useSession();
    return null;
  }
  render(
    <AppTestProviders db={db}>
      <SyncProvider fallbackSession={LOCAL_SESSION} tokens={tokens} statusStore={status}>
        <Probe />
      </SyncProvider>
    </AppTestProviders>,
  );
  return seen;
}

describe('SyncProvider', () => {
  it('signs in, re-owns what was entered under the local profile, syncs, and signs out keeping the data', async () => {
    const fields = newFieldsOf('leads');
    const lead = await insertDoc(db, 'leads', fields, { userId: 'local', departmentId: '' });
    const tokens = memoryTokens();
    const status = createSyncStatusStore();
    const seen = renderProvider(tokens, status);
    await waitFor(() => expect(seen.session).toEqual(LOCAL_SESSION));

    // A wrong password changes nothing.
    await expect(
      act(() =>
        seen.api!.signIn({
          email: 'li@demo.local',
          password: 'nope',
          deviceName: 'Li laptop',
          serverUrl: 'http://sync.test',
        }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    expect(tokens.current()).toBeNull();

    await act(() =>
      seen.api!.signIn({
        email: 'li@demo.local',
        password: 'demo1234',
        deviceName: 'Li laptop',
        serverUrl: 'http://sync.test',
      }),
    );
    expect(tokens.current()).toMatchObject({ accessToken: 'access-1', user: { id: 'demo-user-li' } });
    await waitFor(() =>
      expect(seen.session).toMatchObject({ userId: 'demo-user-li', role: 'rep', signedIn: true }),
    );
    await waitFor(async () => expect((await db.leads.findOne(lead.id).exec())!.ownerId).toBe('demo-user-li'));
    await waitFor(() => expect(status.get().state).toBe('synced'), { timeout: 10_000 });
    expect(server.mock.calls.some(([url]) => url === 'http://sync.test/sync/leads/push')).toBe(true);

    await act(() => seen.api!.signOut());
    expect(tokens.current()).toBeNull();
    expect(seen.session).toEqual(LOCAL_SESSION);
    expect(status.get().state).toBe('signedOut');
    expect(server.mock.calls.some(([url]) => url === 'http://sync.test/auth/logout')).toBe(true);
    expect(await db.leads.findOne(lead.id).exec()).not.toBeNull();
  });

  it('resumes a stored sign-in on start', async () => {
    const tokens = memoryTokens();
    await tokens.set({ accessToken: 'a', refreshToken: 'r', user });
    const seen = renderProvider(tokens);
    await waitFor(() =>
      expect(seen.session).toMatchObject({ userId: 'demo-user-li', signedIn: true, displayName: '李 Li' }),
    );
    await waitFor(() => expect(seen.api!.handle).not.toBeNull());
  });
});
