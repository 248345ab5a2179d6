import { createHash, randomBytes } from 'node:crypto';

export const ACCESS_TTL_MS = 15 * 60 * 1000;

/** Opaque bearer tokens: 256 random bits; only their SHA-256 is stored, so a database leak grants nothing. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
