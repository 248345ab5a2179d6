import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id is the library default (algorithm 2); the parameters are its OWASP-level defaults.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash of a random password nobody knows, made with the same parameters as the real ones. */
let dummy: Promise<string> | null = null;

/**
 * Checks a password against the user's hash, or, when there is no such (active) user, against a dummy with
 * the same cost, so that the answer takes as long either way and its timing does not tell which emails exist.
 */
export async function verifyPasswordOf(stored: string | null, password: string): Promise<boolean> {
  if (stored) return verifyPassword(stored, password);
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummy, password);
  return false;
}
