import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount } from './fixtures';
import { api, BACKENDS, eventually, login, openDevice, startBackend, type Backend } from './harness';

/** Opens the live stream and reads its first event, or answers the refusal. */
async function openStream(
  url: string,
  query: string,
): Promise<{ status: number; first: string; body?: any }> {
  const abort = new AbortController();
  const res = await fetch(`${url}/sync/stream?${query}`, { signal: abort.signal });
  if (res.status !== 200) return { status: res.status, first: '', body: await res.json() };
  const reader = res.body!.getReader();
  let text = '';
  while (!text.includes('\n\n')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  abort.abort();
  return { status: res.status, first: text };
}

async function ticket(url: string, token: string) {
  return api<{ ticket: string; expiresAt: string }>(url, token, 'POST', '/sync/stream-ticket');
}

describe.each(BACKENDS)('stream tickets and tokens in URLs (%s)', (kind) => {
  let backend: Backend;
  let clockOffset = 0;
  const logLines: string[] = [];
  beforeAll(async () => {
    backend = await startBackend(kind, {
      now: () => Date.now() + clockOffset,
      logLevel: 'info',
      logStream: { write: (line: string) => void logLines.push(line) },
    });
  });
  afterAll(async () => backend?.stop());

  it('accepts an access token in the query string nowhere', async () => {
    const { res } = await login(backend.server.url, 'li@demo.local');
    const q = `access_token=${encodeURIComponent(res.accessToken)}`;
    expect((await fetch(`${backend.server.url}/auth/me?${q}`)).status).toBe(401);
    expect((await fetch(`${backend.server.url}/sync/accounts/pull?${q}`)).status).toBe(401);
    expect((await openStream(backend.server.url, q)).status).toBe(401);
    expect((await api(backend.server.url, res.accessToken, 'GET', '/auth/me')).status).toBe(200);
  });

  it('opens the stream with a ticket once, within its minute', async () => {
    const { res } = await login(backend.server.url, 'li@demo.local');
    const t = await ticket(backend.server.url, res.accessToken);
    expect(t.status).toBe(200);
    const left = Date.parse(t.body.expiresAt) - Date.now();
    expect(left).toBeGreaterThan(30_000);
    expect(left).toBeLessThanOrEqual(60_000);
    const q = `ticket=${encodeURIComponent(t.body.ticket)}`;
    const first = await openStream(backend.server.url, q);
    expect(first).toMatchObject({ status: 200 });
    expect(first.first).toContain('RESYNC');
    expect(await openStream(backend.server.url, q)).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect((await openStream(backend.server.url, 'ticket=made-up')).status).toBe(401);
    expect((await openStream(backend.server.url, '')).status).toBe(401);
    // A ticket is not an access token either.
    expect((await api(backend.server.url, t.body.ticket, 'GET', '/auth/me')).status).toBe(401);

    const late = await ticket(backend.server.url, res.accessToken);
    clockOffset = 61_000;
    try {
      expect((await openStream(backend.server.url, `ticket=${late.body.ticket}`)).status).toBe(401);
    } finally {
      clockOffset = 0;
    }
    expect((await fetch(`${backend.server.url}/sync/stream-ticket`, { method: 'POST' })).status).toBe(401);
  });

  it("refuses a signed-out session's ticket", async () => {
    const { res } = await login(backend.server.url, 'chen@demo.local');
    const t = await ticket(backend.server.url, res.accessToken);
    expect((await api(backend.server.url, res.accessToken, 'POST', '/auth/logout')).status).toBe(200);
    expect(await openStream(backend.server.url, `ticket=${t.body.ticket}`)).toMatchObject({
      status: 401,
      body: { code: 'SESSION_REVOKED' },
    });
  });

  it('keeps tickets out of the log', async () => {
    const { res } = await login(backend.server.url, 'wang@demo.local');
    const t = await ticket(backend.server.url, res.accessToken);
    logLines.length = 0;
    expect((await openStream(backend.server.url, `ticket=${t.body.ticket}`)).status).toBe(200);
    await eventually(() => expect(logLines.join('')).toContain('/sync/stream?ticket=[redacted]'));
    expect(logLines.join('')).not.toContain(t.body.ticket);
    expect(logLines.join('')).not.toContain(res.accessToken);
  });

  it('a device syncs live through the ticketed stream', async () => {
    const a = await openDevice(backend.server.url, 'li@demo.local', ['accounts']);
    const b = await openDevice(backend.server.url, 'li@demo.local', ['accounts']);
    try {
      await a.online();
      await b.online();
      // Only the stream makes b pull within seconds: its periodic re-sync is a minute.
      await eventually(async () => expect(logLines.join('')).toMatch(/stream\?ticket=\[redacted\]/));
      const account = await newAccount(a, 'Live GmbH');
      await eventually(async () => expect(await b.db.accounts.findOne(account.id).exec()).not.toBeNull());
    } finally {
      await a.close();
      await b.close();
    }
  });
});
