import { promises as fsp } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** The renderer is served from app://crm/… so it has a real origin (for IndexedDB, CSP and the sender check). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'crm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps app://crm/<path> to a file inside the renderer folder, or null for another host or any path that
 * escapes it. A path without an extension is a client-side route: it gets index.html.
 */
export function resolveAppPath(rendererDir: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path === '/' || extname(path) === '') path = '/index.html';
  const root = normalize(rendererDir + sep);
  const full = normalize(join(rendererDir, path));
  return full.startsWith(root) ? full : null;
}

export async function handleAppRequest(rendererDir: string, rawUrl: string, csp: string): Promise<Response> {
  const path = resolveAppPath(rendererDir, rawUrl);
  if (!path) return new Response('not found', { status: 404 });
  let body: Buffer;
  try {
    body = await fsp.readFile(path);
  } catch {
    return new Response('not found', { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
