import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';
import { handleAppRequest, resolveAppPath } from './app-protocol';

describe('app:// protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-app-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Export CRM</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');

  it('serves files of the renderer folder only', () => {
    expect(resolveAppPath(dir, 'app://crm/')).toBe(join(dir, 'index.html'));
    expect(resolveAppPath(dir, 'app://crm/leads/new')).toBe(join(dir, 'index.html'));
    expect(resolveAppPath(dir, 'app://crm/assets/index-abc.js')).toBe(join(dir, 'assets', 'index-abc.js'));
    expect(resolveAppPath(dir, 'app://crm/../../etc/passwd.txt')).toBe(join(dir, 'etc', 'passwd.txt'));
    // The URL parser folds dot segments (also %2e%2e) at the root; an encoded slash is decoded after it and refused.
    expect(resolveAppPath(dir, 'app://crm/%2e%2e/%2e%2e/etc/passwd.txt')).toBe(
      join(dir, 'etc', 'passwd.txt'),
    );
    expect(resolveAppPath(dir, 'app://crm/..%2f..%2fetc%2fpasswd.txt')).toBeNull();
    expect(resolveAppPath(dir, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(dir, 'file:///etc/passwd')).toBeNull();
  });

  it('answers with the type and the CSP header', async () => {
    const csp = contentSecurityPolicy(false);
    const res = await handleAppRequest(dir, 'app://crm/index.html', csp);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect((await handleAppRequest(dir, 'app://crm/assets/missing.js', csp)).status).toBe(404);
    expect((await handleAppRequest(dir, 'app://crm/..%2fsecret.txt', csp)).status).toBe(404);
  });
});
