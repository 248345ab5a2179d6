import type { AttachmentStore } from './attachment-store';

export const FILE_SCHEME = 'crm-file';
const SHA256 = /^[a-f0-9]{64}$/;

export type FileRequest = { kind: 'file' | 'thumb'; sha256: string };

/**
 * Reads crm-file://<sha256> and crm-file://thumb/<sha256>. Anything else (a path, "..", a query, an unknown
 * form) is null: the protocol names content by hash only, never by location.
 */
export function parseFileUrl(raw: string): FileRequest | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${FILE_SCHEME}:` || url.search || url.hash || url.username || url.port) return null;
  const host = url.hostname.toLowerCase();
  const path = url.pathname.replace(/\/+$/, '');
  if (SHA256.test(host) && path === '') return { kind: 'file', sha256: host };
  if (host === 'thumb') {
    const sha = path.replace(/^\//, '');
    if (SHA256.test(sha)) return { kind: 'thumb', sha256: sha };
  }
  return null;
}

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // Content never changes under a hash; and nothing served here may run script.
  'Cache-Control': 'private, max-age=31536000, immutable',
  'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
};

/** Answers one crm-file:// request (the body of Electron's protocol.handle): known hashes only. */
export async function handleFileRequest(store: AttachmentStore, rawUrl: string): Promise<Response> {
  const req = parseFileUrl(rawUrl);
  if (!req) return new Response('bad file address', { status: 400 });
  if (!(await store.has(req.sha256))) return new Response('not found', { status: 404 });
  if (req.kind === 'thumb') {
    const thumb = await store.thumbnail(req.sha256);
    if (!thumb) return new Response('no thumbnail for this file', { status: 404 });
    return new Response(new Uint8Array(thumb), { headers: { ...baseHeaders, 'Content-Type': 'image/webp' } });
  }
  const [bytes, mime] = await Promise.all([store.read(req.sha256), store.mimeOf(req.sha256)]);
  const type = mime === 'text/plain' ? 'text/plain; charset=utf-8' : mime;
  return new Response(new Uint8Array(bytes), { headers: { ...baseHeaders, 'Content-Type': type } });
}
