import { createHash } from 'node:crypto';
import { ALLOWED_MIMES, sniffMime } from '../../shared/files/file-types';

/** 20 MB: a phone photo or a scanned PDF, not a video. */
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export type TypeCheck = { ok: true; mime: string } | { ok: false; reason: string };

/**
 * The type of the bytes if the store accepts it: the same sniffing and the same list as the devices use
 * (shared/files/file-types.ts), so a file a device accepted is never refused here.
 */
export async function checkBlobType(bytes: Uint8Array): Promise<TypeCheck> {
  const mime = await sniffMime(bytes);
  if (!mime) return { ok: false, reason: 'unknown binary file type is not accepted' };
  return ALLOWED_MIMES.has(mime)
    ? { ok: true, mime }
    : { ok: false, reason: `file type ${mime} is not accepted` };
}
