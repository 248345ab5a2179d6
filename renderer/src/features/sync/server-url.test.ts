import { describe, expect, it } from 'vitest';
import { defaultServerUrl, DESKTOP_SERVER_URL, normaliseServerUrl } from './server-url';

describe('defaultServerUrl', () => {
  it('is the page origin in the web build and the local server in the desktop app', () => {
    expect(defaultServerUrl('web', 'http://127.0.0.1:4791')).toBe('http://127.0.0.1:4791');
    expect(defaultServerUrl('electron', 'file://')).toBe(DESKTOP_SERVER_URL);
    expect(defaultServerUrl('web', 'null')).toBe(DESKTOP_SERVER_URL);
  });
});

describe('normaliseServerUrl', () => {
  it('adds http:// and drops the trailing slash', () => {
    expect(normaliseServerUrl(' crm.example.com:4780/ ')).toEqual({
      ok: true,
      url: 'http://crm.example.com:4780',
    });
    expect(normaliseServerUrl('https://crm.example.com/api/')).toEqual({
      ok: true,
      url: 'https://crm.example.com/api',
    });
  });

  it('names what is wrong', () => {
    expect(normaliseServerUrl('  ')).toEqual({ ok: false, error: 'empty' });
    expect(normaliseServerUrl('ftp://x')).toEqual({ ok: false, error: 'invalid' });
    expect(normaliseServerUrl('http://')).toEqual({ ok: false, error: 'invalid' });
  });
});
