import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../shared/demo/organisation';
import { BACKENDS, startBackend, type Backend } from './harness';

describe.each(BACKENDS)('security headers and CORS (%s)', (kind) => {
  let backend: Backend;
  let url: string;
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'crm-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>CRM</title>');
    backend = await startBackend(kind, {
      staticDir: web,
      allowedOrigins: ['https://crm.example.com'],
    });
    url = backend.server.url;
  });
  afterAll(async () => backend?.stop());

  it('sends nosniff, no-referrer and the CSP on API answers and on the web build', async () => {
    for (const path of ['/health', '/', '/leads/some-client-route', '/sync/accounts/pull']) {
      const res = await fetch(url + path);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("connect-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("'unsafe-eval'");
    }
    expect((await fetch(url + '/')).headers.get('content-type')).toContain('text/html');
  });

  it('keeps token answers out of caches', async () => {
    const login = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'li@demo.local', password: DEMO_PASSWORD, deviceId: 'hdr' }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('cache-control')).toBe('no-store');
    const { refreshToken } = (await login.json()) as { refreshToken: string };
    const refresh = await fetch(`${url}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken, deviceId: 'hdr' }),
    });
    expect(refresh.status).toBe(200);
    expect(refresh.headers.get('cache-control')).toBe('no-store');
  });

  const preflight = (origin: string) =>
    fetch(`${url}/sync/accounts/push`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
  const allowed = async (origin: string) => {
    const simple = await fetch(`${url}/health`, { headers: { origin } });
    const pre = await preflight(origin);
    return [
      simple.headers.get('access-control-allow-origin'),
      pre.headers.get('access-control-allow-origin'),
    ];
  };

  it("answers CORS only for the app's own origins", async () => {
    expect(await allowed('app://crm')).toEqual(['app://crm', 'app://crm']);
    expect(await allowed('https://crm.example.com')).toEqual([
      'https://crm.example.com',
      'https://crm.example.com',
    ]);
    expect(await allowed(url)).toEqual([url, url]);
    for (const origin of ['null', 'http://localhost:3000', 'http://127.0.0.1:8080', 'https://evil.example']) {
      expect(await allowed(origin), origin).toEqual([null, null]);
    }
  });
});
