import { nameForType } from '@shared/files/file-names';
import { ALLOWED_MIMES, THUMBNAIL_MIMES, sniffMime } from '@shared/files/file-types';
import { PlatformError, type PlatformFiles, type StoredFile } from '../types';
import type { BlobBackend } from './blob-backends';

export const WEB_MAX_BYTES = 25 * 1024 * 1024;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const SHA256 = /^[a-f0-9]{64}$/;
function checkHash(sha256: string): string {
  if (!SHA256.test(sha256))
    throw new PlatformError('INVALID', 'sha256: must be a SHA-256 hex digest', 'sha256');
  return sha256;
}

/** Attachments in the browser: the same rules as the desktop store (hash, dedupe, limit, sniffed type). */
export function createWebFiles(backend: BlobBackend, opts: { maxBytes?: number } = {}): PlatformFiles {
  const maxBytes = opts.maxBytes ?? WEB_MAX_BYTES;
  const urls = new Map<string, string>();

  async function load(sha256: string): Promise<{ bytes: Uint8Array; mime: string }> {
    const bytes = await backend.get(checkHash(sha256));
    if (!bytes) throw new PlatformError('INVALID', 'sha256: no such file in the store', 'sha256');
    return { bytes, mime: (await sniffMime(bytes)) ?? 'application/octet-stream' };
  }

  async function objectUrl(sha256: string): Promise<string> {
    const cached = urls.get(sha256);
    if (cached) return cached;
    const { bytes, mime } = await load(sha256);
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
    urls.set(sha256, url);
    return url;
  }

  function download(url: string, name: string) {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    a.click();
  }

  async function put(bytes: Uint8Array): Promise<StoredFile> {
    if (bytes.byteLength === 0) throw new PlatformError('INVALID', 'bytes: the file is empty', 'bytes');
    if (bytes.byteLength > maxBytes) {
      throw new PlatformError(
        'INVALID',
        `bytes: the file is larger than the ${Math.round(maxBytes / 1048576)} MB limit`,
        'bytes',
      );
    }
    const mime = await sniffMime(bytes);
    if (!mime || !ALLOWED_MIMES.has(mime)) {
      throw new PlatformError(
        'INVALID',
        `bytes: this type of file (${mime ?? 'unknown'}) cannot be attached`,
        'bytes',
      );
    }
    const sha256 = await sha256Hex(bytes);
    if (!(await backend.has(sha256))) await backend.put(sha256, bytes);
    return { sha256, size: bytes.byteLength, mime };
  }

  return {
    put: (bytes) => put(bytes),
    url: objectUrl,
    // The browser scales the image itself; documents have no preview.
    thumbUrl: async (sha256) => {
      const { mime } = await load(sha256);
      return THUMBNAIL_MIMES.has(mime) ? objectUrl(sha256) : null;
    },
    has: (sha256) => backend.has(checkHash(sha256)),
    read: async (sha256) => (await load(sha256)).bytes,
    // The tab shows the content by its sniffed type; what the app cannot vouch for is downloaded instead.
    open: async (sha256, name) => {
      const typed = nameForType(name, (await load(sha256)).mime);
      if (!typed.openable) {
        download(await objectUrl(sha256), typed.name);
        return 'saved';
      }
      window.open(await objectUrl(sha256), '_blank', 'noopener');
      return 'opened';
    },
    saveCopy: async (sha256, name) => {
      download(await objectUrl(sha256), nameForType(name, (await load(sha256)).mime).name);
      return true;
    },
    pick: (opts) =>
      new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = opts?.multiple ?? false;
        if (opts?.imagesOnly) input.accept = 'image/*';
        input.onchange = async () => {
          try {
            const out = [];
            for (const file of Array.from(input.files ?? [])) {
              const stored = await put(new Uint8Array(await file.arrayBuffer()));
              out.push({ ...stored, name: file.name });
            }
            resolve(out);
          } catch (err) {
            reject(err);
          }
        };
        input.click();
      }),
  };
}
