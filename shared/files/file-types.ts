import { fileTypeFromBuffer } from 'file-type';

/**
 * What may be attached: photos, PDFs, office documents and plain text. Decided on the sniffed content, never
 * on the name, so a renamed executable is refused.
 */
export const ALLOWED_MIMES: ReadonlySet<string> = new Set([
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
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  // Legacy .doc/.xls/.ppt are Compound File Binary containers; file-type reports only the container.
  'application/x-cfb',
  'text/plain',
]);

/** Images sharp can thumbnail with its prebuilt libvips (HEIC needs a build with libheif: tried, may fail). */
export const THUMBNAIL_MIMES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'image/tiff',
  'image/heic',
  'image/heif',
]);

/** Whether the bytes are valid UTF-8 (a sequence cut at the very end of a sample is tolerated). */
export function isUtf8(bytes: Uint8Array, truncated = false): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return false;
    if (i + len > bytes.length) return truncated;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += len;
  }
  return true;
}

/** file-type knows binary formats only; text has no magic number, so it is recognised as valid UTF-8 without NULs. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  return !sample.includes(0) && isUtf8(sample, sample.length < bytes.length);
}

/** The MIME type of the content, or null when it is neither a known binary format nor text. */
export async function sniffMime(bytes: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) return found.mime;
  return bytes.length > 0 && looksLikeText(bytes) ? 'text/plain' : null;
}
