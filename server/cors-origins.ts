/**
 * The origins allowed to call the API from a browser: the app's own and nothing else.
 * - the desktop app's renderer, served from app://crm (electron/main/window/app-protocol.ts);
 * - the web build, served by this server itself (same origin: browsers need no CORS answer for it, but a
 *   deployment behind a proxy lists its public origin in CRM_ALLOWED_ORIGINS, which is also where another
 *   web front end goes);
 * - in development only (NODE_ENV not "production"), the Vite dev server that `npm run dev` opens.
 * Not `null` (file://, sandboxed frames, data: pages) and not any other localhost port.
 */
export const DESKTOP_ORIGIN = 'app://crm';
export const VITE_DEV_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

export function allowedOrigins(options: {
  configured: string[];
  ownOrigins: string[];
  dev: boolean;
}): Set<string> {
  return new Set([
    DESKTOP_ORIGIN,
    ...options.ownOrigins,
    ...options.configured,
    ...(options.dev ? VITE_DEV_ORIGINS : []),
  ]);
}
