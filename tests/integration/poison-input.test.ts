import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/id';
import { api, BACKENDS, login, startBackend, type Backend } from './harness';

/** Bad input is refused with the field named (400, or the row alone in a push) and never answers 500. */
describe.each(BACKENDS)('poison input (%s)', (kind) => {
  let backend: Backend;
  let token: string;
  const call = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    api(backend.server.url, token, method, path, body);

  beforeAll(async () => {
    backend = await startBackend(kind);
    token = (await login(backend.server.url, 'li@demo.local')).res.accessToken;
  });
  afterAll(async () => backend?.stop());

  const lead = (extra: Record<string, unknown> = {}) => {
    const now = new Date().toISOString();
    return {
      id: newId(),
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      createdAt: now,
      updatedAt: now,
      createdBy: 'demo-user-li',
      updatedBy: 'demo-user-li',
      name: 'Buyer',
      company: 'Acme',
      companyKey: 'acme',
      phones: [],
      emails: [],
      interest: 'warm',
      status: 'new',
      campaignId: '',
      capturedAt: now,
      _deleted: false,
      ...extra,
    };
  };

  async function pulledIds(collection: string) {
    const res = await call('GET', `/sync/${collection}/pull?limit=10000`);
    expect(res.status).toBe(200);
    return res.body.documents.map((d: { id: string }) => d.id) as string[];
  }

  it('a NUL or a lone surrogate refuses its row with the field named; the rest of the batch lands', async () => {
    const good = lead();
    const nul = lead({ name: 'Bad\u0000Name' });
    const surrogate = lead({ notes: 'half an emoji \uD83D' });
    const key = lead({ custom: { ['k\u0000']: 'v' } });
    const res = await call(
      'POST',
      '/sync/leads/push',
      [good, nul, surrogate, key].map((d) => ({ newDocumentState: d })),
    );
    expect(res.status).toBe(200);
    // Each refused new row is answered with a tombstone of itself: the device holds nothing it cannot sync.
    expect(res.body.conflicts.map((c: { id: string; _deleted: boolean }) => [c.id, c._deleted])).toEqual(
      [nul, surrogate, key].map((d) => [d.id, true]),
    );
    expect(res.body.rejected).toEqual([
      expect.objectContaining({
        id: nul.id,
        code: 'INVALID',
        issues: [expect.objectContaining({ field: 'name' })],
      }),
      expect.objectContaining({
        id: surrogate.id,
        code: 'INVALID',
        issues: [expect.objectContaining({ field: 'notes' })],
      }),
      expect.objectContaining({ id: key.id, code: 'INVALID' }),
    ]);
    const ids = await pulledIds('leads');
    expect(ids).toContain(good.id);
    expect(ids).not.toContain(nul.id);
  });

  it('free-form payloads are checked to the bottom', async () => {
    const now = new Date().toISOString();
    const note = {
      id: newId(),
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      createdAt: now,
      updatedAt: now,
      createdBy: 'demo-user-li',
      updatedBy: 'demo-user-li',
      kind: 'note',
      subjectType: 'lead',
      subjectId: newId(),
      accountId: '',
      at: now,
      title: 'note',
      data: { nested: [{ text: 'x\u0000y' }] },
      _deleted: false,
    };
    const res = await call('POST', '/sync/activities/push', [{ newDocumentState: note }]);
    expect(res.status).toBe(200);
    expect(res.body.rejected).toEqual([
      expect.objectContaining({
        code: 'INVALID',
        issues: [expect.objectContaining({ field: 'data.nested.0.text' })],
      }),
    ]);
  });

  it('poison in a checkpoint, a query or a request body is a 400 naming it', async () => {
    const checkpoint = encodeURIComponent(JSON.stringify({ xid: '1', id: 'a\u0000' }));
    const pulled = await call('GET', `/sync/leads/pull?checkpoint=${checkpoint}`);
    expect(pulled.status).toBe(400);
    expect(pulled.body.message).toMatch(/id/);
    const query = await call('GET', `/sync/leads/pull?limit=1%00`);
    expect(query.status).toBe(400);
    const handOver = await call('POST', '/sync/hand-over', {
      noteId: newId(),
      collection: 'leads',
      id: newId(),
      title: 'x\u0000',
      body: '',
    });
    expect(handOver.status).toBe(400);
    expect(handOver.body.issues).toEqual([expect.objectContaining({ field: 'title' })]);
  });

  it('a 20,000-deep JSON body is a 400 with the reason', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    for (const path of ['/sync/leads/push', '/sync/hand-over', '/assign', '/auth/login']) {
      const res = await fetch(backend.server.url + path, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: deep,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/nested deeper/);
    }
    // Deep inside a document's free-form payload (an activity's `data`), too.
    const now = new Date().toISOString();
    const note = {
      id: newId(),
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      createdAt: now,
      updatedAt: now,
      createdBy: 'demo-user-li',
      updatedBy: 'demo-user-li',
      kind: 'note',
      subjectType: 'lead',
      subjectId: newId(),
      accountId: '',
      at: now,
      title: 'deep',
      data: { a: 'DEEP' },
      _deleted: false,
    };
    const body = JSON.stringify([{ newDocumentState: note }]).replace(
      '"DEEP"',
      '['.repeat(20_000) + ']'.repeat(20_000),
    );
    const res = await fetch(backend.server.url + '/sync/activities/push', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/nested deeper/);
  });

  it('an out-of-range or garbage checkpoint is a 400 naming it', async () => {
    const pull = (checkpoint: string, extra = '') =>
      call('GET', `/sync/leads/pull?checkpoint=${encodeURIComponent(checkpoint)}${extra}`);
    for (const bad of [
      JSON.stringify({ xid: '99999999999999999999', id: '' }),
      JSON.stringify({ xid: '18446744073709551616', id: '' }),
      JSON.stringify({ xid: '-1', id: '' }),
      JSON.stringify({ xid: 1, id: '' }),
      JSON.stringify({ xid: '1', id: 'x'.repeat(5000) }),
      JSON.stringify(['1', '']),
      '{"xid":',
    ]) {
      const res = await pull(bad);
      expect(res.status, bad).toBe(400);
      expect(res.body.message, bad).toMatch(/checkpoint/);
    }
    expect((await pull(JSON.stringify({ xid: '18446744073709551615', id: '' }))).status).toBe(200);
    expect((await pull('null', '&limit=2.5')).status).toBe(200);
  });

  it('years like 9999 and amounts like 1e308 are refused with the field named; sane ones land', async () => {
    const farFuture = lead({ capturedAt: '9999-12-31T00:00:00.000Z' });
    const ancient = lead({ capturedAt: '0202-01-01T00:00:00.000Z' });
    const fine = lead();
    const leads = await call(
      'POST',
      '/sync/leads/push',
      [farFuture, ancient, fine].map((d) => ({ newDocumentState: d })),
    );
    expect(leads.body.rejected).toEqual([
      expect.objectContaining({
        id: farFuture.id,
        issues: [expect.objectContaining({ field: 'capturedAt' })],
      }),
      expect.objectContaining({ id: ancient.id, issues: [expect.objectContaining({ field: 'capturedAt' })] }),
    ]);
    const now = new Date().toISOString();
    const product = (price: number) => ({
      id: newId(),
      ownerId: 'demo-user-li',
      departmentId: 'demo-dept-1',
      createdAt: now,
      updatedAt: now,
      createdBy: 'demo-user-li',
      updatedBy: 'demo-user-li',
      sku: 'S-1',
      name: 'Valve',
      price,
      currency: 'USD',
      stockStatus: 'inStock',
      lifecycle: 'active',
      _deleted: false,
    });
    const huge = product(1e308);
    const fractional = product(0.1234567);
    const ok = product(0.1 + 0.2);
    const products = await call(
      'POST',
      '/sync/products/push',
      [huge, fractional, ok].map((d) => ({ newDocumentState: d })),
    );
    expect(products.body.rejected).toEqual([
      expect.objectContaining({ id: huge.id, issues: [expect.objectContaining({ field: 'price' })] }),
      expect.objectContaining({ id: fractional.id, issues: [expect.objectContaining({ field: 'price' })] }),
    ]);
    expect(await pulledIds('products')).toContain(ok.id);
  });
});
