/**
 * The app's Content-Security-Policy, sent as a response header by the app:// protocol (and for the dev
 * server through the session). connect-src stays open to http(s) because the sync server's address is
 * configured by the user; scripts come only from the app itself.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: crm-file:",
    "media-src 'self' blob: crm-file:",
    dev ? "connect-src 'self' http: https: ws:" : "connect-src 'self' http: https:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
