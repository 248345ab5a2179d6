import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../shared/demo/organisation';
import { BACKENDS, startBackend, type Backend } from './harness';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe.each(BACKENDS)('sign-in timing does not tell which emails exist (%s)', (kind) => {
  let backend: Backend;
  beforeAll(async () => {
    // Every request from its own address (X-Forwarded-For), so the per-address throttle stays out of the way.
    backend = await startBackend(kind, { trustProxy: true });
  });
  afterAll(async () => backend?.stop());

  let address = 0;
  const timed = async (email: string, password: string) => {
    const started = performance.now();
    const res = await fetch(`${backend.server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.3.0.${++address}` },
      body: JSON.stringify({ email, password, deviceId: 'timing-test' }),
    });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  };

  it('answers an unknown email about as slowly as a known one', async () => {
    // Warm-up: the first calls pay for connections, JIT and the dummy hash.
    await timed('admin@demo.local', DEMO_PASSWORD);
    await timed('warm@nowhere.local', 'x');
    const known: number[] = [];
    const unknown: number[] = [];
    // Side by side, alternating, so a busy moment of the machine hits both series alike. Both fail the same
    // way (and both are counted by the throttle); only whether the email exists differs. Four wrong guesses
    // per account stay under its throttle.
    const accounts = ['li@demo.local', 'chen@demo.local', 'wang@demo.local', 'manager@demo.local'];
    for (let round = 0; round < 3; round++) {
      for (const email of accounts) {
        const k = await timed(email, 'wrong password');
        const u = await timed(`ghost${round}-${email}`.replace('@demo', '@nowhere'), 'wrong password');
        expect([k.status, u.status]).toEqual([401, 401]);
        known.push(k.ms);
        unknown.push(u.ms);
      }
    }
    expect(median(unknown)).toBeGreaterThanOrEqual(0.5 * median(known));
  });
});
