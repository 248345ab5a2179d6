import { describe, expect, it } from 'vitest';
import { isDemoServer } from './demo-mode';

describe('isDemoServer', () => {
  it('follows the server when it says', () => {
    expect(isDemoServer({ ok: true, demo: true }, 'https://crm.example.com')).toBe(true);
    expect(isDemoServer({ ok: true, demo: false }, 'http://127.0.0.1:4780')).toBe(false);
  });

  it('otherwise counts only a server on this machine as a demo, and never an unreachable one', () => {
    expect(isDemoServer({ ok: true }, 'http://127.0.0.1:4780')).toBe(true);
    expect(isDemoServer({ ok: true }, 'http://localhost:4780')).toBe(true);
    expect(isDemoServer({ ok: true }, 'https://crm.example.com')).toBe(false);
    expect(isDemoServer(null, 'http://127.0.0.1:4780')).toBe(false);
  });
});
