import { createHash } from 'node:crypto';

/**
 * The id of a document a job writes, derived from what it is about (e.g. "expired" + opportunity + recipient):
 * every server process computes the same id, so a second run finds the document instead of adding another.
 * Hashed because the parts (ids up to 40 characters each) would not fit the 40-character id limit.
 */
export function jobDocId(...parts: string[]): string {
  return 'job' + createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 29);
}
