import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { IpcRefusal } from '../ipc/errors';
import { ALLOWED_MIMES, THUMBNAIL_MIMES, sniffMime } from '@shared/files/file-types';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
export const THUMBNAIL_PX = 256;
const SHA256 = /^[a-f0-9]{64}$/;

export interface AttachmentStoreOptions {
  /** The store's folder, e.g. <userData>/files. */
  root: string;
  maxBytes?: number;
  allowedMimes?: ReadonlySet<string>;
  /** Injected so a test can fail between the fsync and the rename, like a crash would. */
  fs?: AtomicWriteFs;
}

export interface PutResult {
  sha256: string;
  size: number;
  mime: string;
  deduplicated: boolean;
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;

/** Refuses anything that is not a lowercase hex SHA-256, so a "hash" can never become a path. */
export function assertSha256(value: string, field = 'sha256'): string {
  if (!SHA256.test(value)) throw new IpcRefusal(field, 'must be a lowercase SHA-256 hex digest');
  return value;
}

/**
 * Content-addressed file store: <root>/ab/abcdef… by SHA-256, written crash-safe, deduplicated, limited in
 * size and type (sniffed from the bytes), with 256 px WebP thumbnails of images under <root>/thumbs.
 */
export function createAttachmentStore(opts: AttachmentStoreOptions) {
  const { root } = opts;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const allowed = opts.allowedMimes ?? ALLOWED_MIMES;
  const tmpDir = join(root, '.tmp');
  const mimeCache = new Map<string, string>();

  const pathOf = (sha256: string) => join(root, assertSha256(sha256).slice(0, 2), sha256);
  const thumbPathOf = (sha256: string) =>
    join(root, 'thumbs', assertSha256(sha256).slice(0, 2), `${sha256}.webp`);

  async function exists(path: string): Promise<boolean> {
    return fsp.stat(path).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async function makeThumbnail(sha256: string, bytes: Uint8Array, mime: string): Promise<boolean> {
    if (!THUMBNAIL_MIMES.has(mime)) return false;
    try {
      const webp = await sharp(bytes, { failOn: 'none' })
        .rotate() // honour EXIF orientation of phone photos
        .resize({ width: THUMBNAIL_PX, height: THUMBNAIL_PX, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
      await writeFileAtomic(thumbPathOf(sha256), webp, tmpDir, opts.fs);
      return true;
    } catch {
      return false; // e.g. HEIC without libheif: the file is kept, it just has no thumbnail
    }
  }

  return {
    root,
    maxBytes,

    /** Removes temp files a crash left behind; they are never visible as stored files. */
    async init(): Promise<void> {
      await fsp.rm(tmpDir, { recursive: true, force: true });
      await fsp.mkdir(tmpDir, { recursive: true });
    },

    async put(bytes: Uint8Array): Promise<PutResult> {
      if (bytes.byteLength === 0) throw new IpcRefusal('bytes', 'the file is empty');
      if (bytes.byteLength > maxBytes) {
        throw new IpcRefusal(
          'bytes',
          `the file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit`,
        );
      }
      const mime = await sniffMime(bytes);
      if (!mime || !allowed.has(mime)) {
        throw new IpcRefusal('bytes', `this type of file (${mime ?? 'unknown'}) cannot be attached`);
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      mimeCache.set(sha256, mime);
      if (await exists(target)) return { sha256, size: bytes.byteLength, mime, deduplicated: true };
      await writeFileAtomic(target, bytes, tmpDir, opts.fs);
      await makeThumbnail(sha256, bytes, mime);
      return { sha256, size: bytes.byteLength, mime, deduplicated: false };
    },

    async has(sha256: string): Promise<boolean> {
      return exists(pathOf(sha256));
    },

    /** The stored bytes; an unknown hash is refused. */
    async read(sha256: string): Promise<Buffer> {
      const path = pathOf(sha256);
      if (!(await exists(path))) throw new IpcRefusal('sha256', 'no such file in the store');
      return fsp.readFile(path);
    },

    async mimeOf(sha256: string): Promise<string> {
      const cached = mimeCache.get(sha256);
      if (cached) return cached;
      const mime = (await sniffMime(await this.read(sha256))) ?? 'application/octet-stream';
      mimeCache.set(sha256, mime);
      return mime;
    },

    /** The thumbnail's bytes, made on demand for images stored before thumbnails existed; null for non-images. */
    async thumbnail(sha256: string): Promise<Buffer | null> {
      const path = thumbPathOf(sha256);
      if (await exists(path)) return fsp.readFile(path);
      const bytes = await this.read(sha256);
      const made = await makeThumbnail(sha256, bytes, await this.mimeOf(sha256));
      return made ? fsp.readFile(path) : null;
    },

    /** For shell.openPath and "save a copy": main-process only, never sent to the renderer. */
    pathOf,
  };
}
