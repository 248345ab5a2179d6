// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { newFieldsOf } from '@shared/model/fixtures';
import type { CrmDatabase } from '../../db/database';
import { memoryTokenStore, startSync, type FetchLike, type SyncHandle } from '../../db/replication';
import { insertDoc } from '../../db/write';
import { AppTestProviders, openTestDatabase } from '../../ui/testing';
import { NotSyncedPage } from './NotSyncedPage';
import { SyncContext } from '../../data/sync-context';
import { testSyncApi } from '../../data/test-sync-api';

const li = { userId: 'demo-user-li', departmentId: 'demo-dept-1' };
const REASON = 'this leads record is not yours to change';

const handOvers: unknown[] = [];

/** A sync server that accepts everything except lead pushes, which it refuses as FORBIDDEN. */
const refusingServer: FetchLike = async (url, init) => {
  const json = (body: unknown) => ({ ok: true, status: 200, json: async () => body });
  if (url.endsWith('/sync/hand-over')) {
    const req = JSON.parse(init!.body as string) as { noteId: string };
    handOvers.push(req);
    return json({ noteId: req.noteId, ownerId: 'demo-user-chen' });
  }
  if (url.includes('/pull')) return json({ documents: [], checkpoint: null });
  if (url.includes('/push')) {
    const rows = JSON.parse(init!.body as string) as { newDocumentState: { id: string } }[];
    const refuse = url.includes('/sync/leads/');
    return json({
      conflicts: [],
      rejected: refuse
        ? rows.map((r) => ({ id: r.newDocumentState.id, code: 'FORBIDDEN', reason: REASON }))
        : [],
    });
  }
  return json({});
};

class SilentEventSource {
  readyState = 0;
  onerror = null;
  onopen = null;
  addEventListener() {}
  close() {}
}

let db: CrmDatabase;
let handle: SyncHandle;
let leadId: string;

beforeEach(async () => {
  handOvers.length = 0;
  db = await openTestDatabase();
  const fields = newFieldsOf('leads');
  leadId = (await insertDoc(db, 'leads', { ...fields, name: 'Hans Müller' }, li)).id;
  handle = startSync({
    db,
    baseUrl: 'http://sync.test',
    tokens: memoryTokenStore({ access: 'a', refresh: 'r' }),
    deviceId: 'dev-1',
    userId: li.userId,
    fetch: refusingServer,
    EventSource: SilentEventSource,
  });
});
afterEach(async () => {
  cleanup();
  await handle.stop();
  await db.remove();
});

function renderPage() {
  const api = testSyncApi({
    user: { id: li.userId, name: 'Li', email: 'li@demo.local', role: 'rep', departmentId: li.departmentId },
    handle,
  });
  render(
    <AppTestProviders db={db} language="en" session={{ ...li, role: 'rep', signedIn: true }}>
      <SyncContext.Provider value={api}>
        <NotSyncedPage />
      </SyncContext.Provider>
    </AppTestProviders>,
  );
}

describe('NotSyncedPage', () => {
  it('lists a push the server refused, with its reason, and keeps the record', async () => {
    await waitFor(() => expect(handle.notSynced()).toHaveLength(1), { timeout: 10_000 });
    renderPage();
    const row = await screen.findByTestId('not-synced-row');
    expect(row).toHaveTextContent('Hans Müller');
    expect(row).toHaveTextContent('Lead');
    // Explained in the user's language; the server's words are kept for support (hover).
    const reason = screen.getByTestId('not-synced-reason');
    expect(reason).toHaveTextContent('This record is not yours to change any more');
    expect(reason).toHaveAttribute('title', REASON);
    expect(await db.leads.findOne(leadId).exec()).not.toBeNull();
  });

  it('hands the refused change to the current owner through the server, once', async () => {
    await waitFor(() => expect(handle.notSynced()).toHaveLength(1), { timeout: 10_000 });
    renderPage();
    const button = await screen.findByRole('button', { name: /Hand over as a note/ });
    await userEvent.click(button);
    await waitFor(() => expect(button).toBeDisabled());
    expect(handOvers).toEqual([
      expect.objectContaining({
        collection: 'leads',
        id: leadId,
        title: expect.stringContaining('Hans Müller'),
        body: expect.stringContaining(REASON),
      }),
    ]);
    // The note is the server's to write, in the new owner's name: nothing is added on this device.
    expect(await db.activities.find().exec()).toEqual([]);
  });

  it('keeps showing a refused change whose record has since left the device', async () => {
    const item = {
      collection: 'leads',
      id: 'lead-gone',
      code: 'FORBIDDEN' as const,
      reason: REASON,
      at: '2026-11-23T10:00:00.000Z',
      doc: { id: 'lead-gone', name: 'Ada Gone', company: 'Gone GmbH', title: 'Buyer' },
    };
    const api = testSyncApi();
    render(
      <AppTestProviders db={db} language="en" session={{ ...li, role: 'rep', signedIn: true }}>
        <SyncContext.Provider value={api}>
          <NotSyncedPage items={[item]} />
        </SyncContext.Provider>
      </AppTestProviders>,
    );
    const row = await screen.findByTestId('not-synced-row');
    expect(row).toHaveTextContent('Ada Gone');
    expect(row).toHaveTextContent('(no longer on this device)');
  });

  it('says so when nothing was refused', async () => {
    renderPage();
    await waitFor(() =>
      expect(screen.getByTestId('not-synced-empty')).toHaveTextContent('No refused changes.'),
    );
  });
});
