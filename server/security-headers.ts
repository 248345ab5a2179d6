import type { FastifyInstance } from 'fastify';

/**
 * The web build's Content-Security-Policy (it is also sent on API answers, where it forbids everything a
 * JSON body could be abused for). What the renderer needs: its own scripts only (Vite emits no inline
 * script), inline styles (Mantine and Emotion set style attributes and <style> tags), images from data:
 * and blob: URLs (thumbnails, the camera), workers from blob:, fonts from data:, and the API on this origin.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': WEB_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** Paths whose answers carry tokens: never kept by a browser cache or a proxy. */
const TOKEN_PATHS = new Set(['/auth/login', '/auth/refresh', '/sync/stream-ticket']);

/** Adds the security headers to every answer; a route's own header of the same name wins (e.g. blobs). */
export function securityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply) => {
    for (const [name, value] of Object.entries(HEADERS))
      if (!reply.hasHeader(name)) void reply.header(name, value);
    if (TOKEN_PATHS.has(req.url.split('?')[0]!)) void reply.header('cache-control', 'no-store');
  });
}
