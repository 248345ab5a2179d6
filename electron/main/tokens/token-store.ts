import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { storedSessionSchema, type StoredSession } from '@shared/ipc/contract';
import { writeFileAtomic } from '../files/atomic-write';

/** The slice of Electron's safeStorage used here (OS keychain / DPAPI / libsecret). */
export interface Encryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Keeps the signed-in session ({accessToken, refreshToken, user}) encrypted on disk. Where the OS offers no
 * encryption the session is kept in memory only: the user signs in again after a restart rather than having
 * a refresh token lie on disk in clear text.
 */
export function createTokenStore(opts: { file: string; encryptor: Encryptor }) {
  let memory: StoredSession | null = null;

  return {
    async get(): Promise<StoredSession | null> {
      if (memory) return memory;
      if (!opts.encryptor.isEncryptionAvailable()) return null;
      let encrypted: Buffer;
      try {
        encrypted = await fsp.readFile(opts.file);
      } catch {
        return null;
      }
      try {
        const parsed = storedSessionSchema.safeParse(JSON.parse(opts.encryptor.decryptString(encrypted)));
        memory = parsed.success ? parsed.data : null;
      } catch {
        memory = null; // another OS user's keychain, or a damaged file: signed out, not crashed
      }
      return memory;
    },

    /** Returns whether the session was persisted (false: encryption unavailable, kept for this run only). */
    async set(session: StoredSession): Promise<boolean> {
      const valid = storedSessionSchema.parse(session);
      if (!opts.encryptor.isEncryptionAvailable()) {
        memory = valid;
        return false;
      }
      const encrypted = opts.encryptor.encryptString(JSON.stringify(valid));
      await writeFileAtomic(opts.file, encrypted, join(dirname(opts.file), '.tmp-tokens'));
      memory = valid;
      return true;
    },

    async clear(): Promise<void> {
      memory = null;
      await fsp.rm(opts.file, { force: true });
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
