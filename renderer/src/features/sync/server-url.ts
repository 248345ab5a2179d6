/** The desktop app's default: a sync server on this machine (the one `npm run server` starts). */
export const DESKTOP_SERVER_URL = 'http://127.0.0.1:4780';

/** The web build is served by the sync server itself, so its origin is the server; the desktop app has none. */
export function defaultServerUrl(kind: 'electron' | 'web', origin: string | undefined): string {
  if (kind === 'web' && origin && /^https?:\/\//.test(origin)) return origin;
  return DESKTOP_SERVER_URL;
}

export type ServerUrlCheck = { ok: true; url: string } | { ok: false; error: 'empty' | 'invalid' };

/** Accepts "host:port" or a full http(s) address; answers it without a trailing slash. */
export function normaliseServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'invalid' };
    if (!url.hostname) return { ok: false, error: 'invalid' };
    return { ok: true, url: (url.origin + url.pathname).replace(/\/+$/, '') };
  } catch {
    return { ok: false, error: 'invalid' };
  }
}
