import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { storedSessionSchema, type StoredSession, type TokenProtection } from '@shared/ipc/contract';
import { writeFileAtomic } from '../files/atomic-write';

/** The slice of Electron's safeStorage used here (OS keychain / DPAPI / libsecret). */
export interface Encryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which password store backs the key ('basic_text' is a key fixed in Chromium's source). */
  getSelectedStorageBackend?(): string;
}

/** Linux backends whose key protects nothing: a fixed, public key, or a store not chosen yet. */
const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

/** Whether the session can be stored encrypted by the OS, and why not when it cannot. */
export function tokenProtection(encryptor: Encryptor, platform: string): TokenProtection {
  if (!encryptor.isEncryptionAvailable()) return { storage: 'memory-only', reason: 'no-encryption' };
  if (platform === 'linux') {
    const backend = encryptor.getSelectedStorageBackend?.() ?? 'unknown';
    if (WEAK_LINUX_BACKENDS.has(backend)) {
      return {
        storage: 'memory-only',
        reason: backend === 'basic_text' ? 'basic-text' : 'unknown-backend',
        backend,
      };
    }
    return { storage: 'os-encrypted', reason: 'ok', backend };
  }
  return { storage: 'os-encrypted', reason: 'ok' };
}

/**
 * Keeps the signed-in session ({accessToken, refreshToken, user}) encrypted on disk. Where the OS offers no
 * real encryption (none at all, or Linux's `basic_text` store whose key is the same in every copy of
 * Chromium) the session is kept in memory only: the user signs in again after a restart rather than having a
 * refresh token lie on disk readable by anyone who copies the file. The renderer shows why
 * (`tokens:protection`).
 */
export function createTokenStore(opts: { file: string; encryptor: Encryptor; platform?: string }) {
  let memory: StoredSession | null = null;
  const platform = opts.platform ?? process.platform;
  const persistable = () => tokenProtection(opts.encryptor, platform).storage === 'os-encrypted';

  return {
    protection: () => tokenProtection(opts.encryptor, platform),

    async get(): Promise<StoredSession | null> {
      if (memory) return memory;
      if (!persistable()) {
        // A session written under a weak store earlier is as good as clear text: remove it, do not use it.
        await fsp.rm(opts.file, { force: true });
        return null;
      }
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
      if (!persistable()) {
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
