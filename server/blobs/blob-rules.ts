import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';

/** 20 MB: a phone photo or a scanned PDF, not a video. */
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;

/** Types the CRM stores: photos, PDFs and office documents (sniffed from the bytes, never taken from the client). */
const ALLOWED_SNIFFED = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/heic',
  'image/heif',
  'image/avif',
  'image/bmp',
  'image/tiff',
  'application/pdf',
  'application/zip',
  'application/x-cfb',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);

/** Files without magic bytes (CSV, plain text) are allowed only when they really are UTF-8 text. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  // A multi-byte character cut at the sample's end may decode as one replacement character; more means binary.
  const bad = new TextDecoder('utf-8').decode(head).split('\uFFFD').length - 1;
  return bad <= (head.length < bytes.length ? 1 : 0);
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export type TypeCheck = { ok: true; mime: string } | { ok: false; reason: string };

/** The type of the bytes if the store accepts it. */
export async function checkBlobType(bytes: Uint8Array): Promise<TypeCheck> {
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed)
    return ALLOWED_SNIFFED.has(sniffed.mime)
      ? { ok: true, mime: sniffed.mime }
      : { ok: false, reason: `file type ${sniffed.mime} is not accepted` };
  return looksLikeText(bytes)
    ? { ok: true, mime: 'text/plain' }
    : { ok: false, reason: 'unknown binary file type is not accepted' };
}
