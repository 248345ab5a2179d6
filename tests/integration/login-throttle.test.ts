import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../shared/demo/organisation';
import { runJobsOnce } from '../../server/jobs/run-jobs';
import { BACKENDS, startBackend, type Backend } from './harness';

describe.each(BACKENDS)('login throttling per account and per address (%s)', (kind) => {
  let backend: Backend;
  let clockOffset = 0;
  // The server's clock moves only when the test advances it: on a busy machine real seconds pass between two
  // answers, and a wait that shrank by them would read as a wait that did not grow.
  const start = Date.now();
  beforeAll(async () => {
    // Behind a proxy: X-Forwarded-For names the address, so a test can come from several.
    backend = await startBackend(kind, { now: () => start + clockOffset, trustProxy: true });
  });
  afterAll(async () => backend?.stop());

  const attempt = async (email: string, password: string, address: string) => {
    const res = await fetch(`${backend.server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email, password, deviceId: 'throttle-test' }),
    });
    const body = (await res.json()) as { code?: string; retryAfter?: number };
    return { status: res.status, code: body.code, retryAfter: Number(res.headers.get('retry-after') ?? 0) };
  };
  const advance = (seconds: number) => {
    clockOffset += seconds * 1000;
  };

  it('slows one account down with growing waits, capped at a few minutes, and a success resets it', async () => {
    const email = 'li@demo.local';
    // Every guess from another address: the account's own count is what stops them.
    let n = 0;
    const guess = () => attempt(email, 'wrong', `10.1.0.${++n}`);
    for (let i = 0; i < 5; i++) expect((await guess()).status).toBe(401);
    const blocked = await attempt(email, DEMO_PASSWORD, '10.9.9.9');
    expect(blocked).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.retryAfter).toBeGreaterThanOrEqual(1);

    const waits = [blocked.retryAfter];
    for (let i = 0; i < 10; i++) {
      advance(waits.at(-1)!);
      expect((await guess()).status).toBe(401);
      const next = await guess();
      expect(next).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS' });
      waits.push(next.retryAfter);
    }
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits.at(-1)!).toBeGreaterThan(waits[0]! * 8);
    // The owner is locked out no longer than the cap, however long the attacker has gone on.
    expect(Math.max(...waits)).toBeLessThanOrEqual(5 * 60);

    advance(Math.max(...waits));
    expect((await attempt(email, DEMO_PASSWORD, '10.9.9.9')).status).toBe(200);
    // The success cleared the account's count: one more mistake is just a mistake.
    expect((await attempt(email, 'typo', '10.9.9.9')).status).toBe(401);
    expect((await attempt(email, DEMO_PASSWORD, '10.9.9.9')).status).toBe(200);
  });

  it('limits one address across many accounts, and other addresses are not affected', async () => {
    const address = '10.2.0.1';
    let refused = 0;
    for (let i = 0; i < 40 && !refused; i++) {
      const r = await attempt(`nobody${i}@demo.local`, 'guess', address);
      if (r.status === 429) refused = i;
      else expect(r.status).toBe(401);
    }
    expect(refused).toBeGreaterThan(10);
    const blocked = await attempt('chen@demo.local', DEMO_PASSWORD, address);
    expect(blocked).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.retryAfter).toBeGreaterThanOrEqual(1);
    // The same account from another address: its owner is not locked out by someone else's flood.
    expect((await attempt('chen@demo.local', DEMO_PASSWORD, '10.2.0.2')).status).toBe(200);
  });

  it('the server jobs prune the rows that no longer change anything, and keep the ones that still do', async () => {
    const db = backend.server.store.db;
    const keys = async () =>
      new Set((await db.selectFrom('login_throttle').select('key').execute()).map((r) => r.key));
    const at = () => new Date(Date.now() + clockOffset);
    // A spray: one guess at each of many emails, each from its own address.
    for (let i = 0; i < 12; i++)
      expect((await attempt(`spray${i}@x.test`, 'guess', `10.3.0.${i}`)).status).toBe(401);
    expect(await keys()).toContain('account:spray0@x.test');
    expect(await keys()).toContain('address:10.3.0.11');

    // Recent failures still count: nothing of theirs goes.
    await runJobsOnce(backend.server, at());
    expect(await keys()).toContain('account:spray0@x.test');

    // An hour and more later they are forgotten; a fresh one (and a blocked one) stays.
    advance(61 * 60);
    for (let i = 0; i < 6; i++) await attempt('wang@demo.local', 'wrong', `10.4.0.${i}`);
    const pruned = await runJobsOnce(backend.server, at());
    expect(pruned.prunedThrottles).toBeGreaterThanOrEqual(24);
    const left = await keys();
    for (let i = 0; i < 12; i++) {
      expect(left).not.toContain(`account:spray${i}@x.test`);
      expect(left).not.toContain(`address:10.3.0.${i}`);
    }
    expect(left).toContain('account:wang@demo.local');
    expect((await attempt('wang@demo.local', DEMO_PASSWORD, '10.4.0.9')).status).toBe(429);
  });
});
