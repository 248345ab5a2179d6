// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { validDocs } from '@shared/model/fixtures';
import { HttpClient } from '../../api';
import { AppTestProviders, openTestDatabase } from '../../ui/testing';
import { memoryTokenStore } from '../../db/replication';
import type { CrmDatabase } from '../../db/database';
import type { SyncApi } from '../../data/sync-context';
import { SyncContext } from '../../data/sync-context';
import { PoolPage } from './PoolPage';

let db: CrmDatabase;
beforeEach(async () => {
  db = await openTestDatabase();
  localStorage.clear();
  await db.leads.insert({ ...validDocs.leads, id: 'lead-pool-001', ownerId: 'pool', name: 'Anna Weber' });
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await db.remove();
});

function renderPool(http: SyncApi['http']) {
  const reSync = vi.fn();
  const api = {
    user: null,
    serverUrl: 'http://127.0.0.1:1',
    deviceId: 'dev-1',
    handle: { reSync } as never,
    http,
    blobs: null,
    signIn: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
  } satisfies SyncApi;
  render(
    <AppTestProviders db={db}>
      <SyncContext.Provider value={api}>
        <PoolPage />
      </SyncContext.Provider>
    </AppTestProviders>,
  );
  return { reSync };
}

const http = new HttpClient({
  baseUrl: 'http://127.0.0.1:1',
  tokens: memoryTokenStore({ access: 'tok', refresh: 'r' }),
});
const ownerOf = async (id: string) => (await db.leads.findOne(id).exec())!.ownerId;

describe('PoolPage', () => {
  it('queues a claim made without a connection and shows it as pending, changing nothing locally', async () => {
    renderPool(null);
    fireEvent.click(await screen.findByRole('button', { name: '领取' }));
    expect(await screen.findByText('等待联网')).toBeTruthy();
    expect(screen.getByTestId('pool-pending-count').textContent).toContain('1');
    expect(JSON.parse(localStorage.getItem('crm.pool.pendingClaims')!)).toMatchObject([
      { collection: 'leads', id: 'lead-pool-001', name: 'Anna Weber' },
    ]);
    expect(await ownerOf('lead-pool-001')).toBe('pool');
  });

  it('tells the rep who has the record when the server answers 409, and nothing stays half-claimed', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve({
        ok: false,
        status: 409,
        json: () => Promise.resolve({ code: 'ALREADY_CLAIMED', ownerId: 'u-wang' }),
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { reSync } = renderPool(http as never);
    fireEvent.click(await screen.findByRole('button', { name: '领取' }));
    expect(await screen.findByText('“Anna Weber”已被 u-wang 领取，你的领取未生效')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(reSync).toHaveBeenCalled();
    expect(screen.queryByText('等待联网')).toBeNull();
    expect(JSON.parse(localStorage.getItem('crm.pool.pendingClaims') ?? '[]')).toEqual([]);
    expect(await ownerOf('lead-pool-001')).toBe('pool');
  });

  it('sends the claim at once when online and asks sync to fetch the new owner', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve({ ok: true }) }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { reSync } = renderPool(http as never);
    fireEvent.click(await screen.findByRole('button', { name: '领取' }));
    expect(await screen.findByText('已领取“Anna Weber”')).toBeTruthy();
    await waitFor(() => expect(reSync).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0]).toMatchObject(['http://127.0.0.1:1/pool/claim', { method: 'POST' }]);
  });
});
