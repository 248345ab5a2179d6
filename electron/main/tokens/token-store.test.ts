import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredSession } from '@shared/ipc/contract';
import { createTokenStore, type Encryptor } from './token-store';

/**
 * A stand-in for safeStorage: real AES-GCM with a key that lives only in this "OS keychain". `backend` is what
 * getSelectedStorageBackend answers on Linux; under 'basic_text' Electron still says encryption is available.
 */
function fakeSafeStorage(available = true, backend = 'gnome_libsecret'): Encryptor {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(buf) {
      const d = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
      d.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

const session: StoredSession = {
  accessToken: 'access-0123456789',
  refreshToken: 'refresh-secret-abcdef',
  accessExpiresAt: '2026-04-15T08:15:00.000Z',
  user: { id: 'u-li-000001', name: '李 Li', email: 'li@demo.local', role: 'rep', departmentId: 'dept-1' },
};

let file: string;
beforeEach(() => {
  file = join(mkdtempSync(join(tmpdir(), 'crm-tok-')), 'session.bin');
});

describe('token store', () => {
  it('keeps the session encrypted on disk and reads it back after a restart', async () => {
    const enc = fakeSafeStorage();
    expect(await createTokenStore({ file, encryptor: enc }).set(session)).toBe(true);
    const raw = readFileSync(file);
    expect(raw.includes(Buffer.from('refresh-secret'))).toBe(false);
    expect(raw.includes(Buffer.from('li@demo.local'))).toBe(false);
    expect(await createTokenStore({ file, encryptor: enc }).get()).toEqual(session);
  });

  it('clear signs out: nothing left on disk', async () => {
    const store = createTokenStore({ file, encryptor: fakeSafeStorage() });
    await store.set(session);
    await store.clear();
    expect(existsSync(file)).toBe(false);
    expect(await store.get()).toBeNull();
  });

  it('without OS encryption keeps the session in memory only', async () => {
    const enc = fakeSafeStorage(false);
    const store = createTokenStore({ file, encryptor: enc });
    expect(await store.set(session)).toBe(false);
    expect(await store.get()).toEqual(session);
    expect(existsSync(file)).toBe(false);
    expect(await createTokenStore({ file, encryptor: enc }).get()).toBeNull();
  });

  it('a file another key encrypted (or a damaged one) reads as signed out', async () => {
    await createTokenStore({ file, encryptor: fakeSafeStorage() }).set(session);
    expect(await createTokenStore({ file, encryptor: fakeSafeStorage() }).get()).toBeNull();
  });

  it('refuses a malformed session and keeps the previous one', async () => {
    const store = createTokenStore({ file, encryptor: fakeSafeStorage() });
    await store.set(session);
    await expect(store.set({ ...session, refreshToken: '' })).rejects.toThrow(/refreshToken/);
    expect(await store.get()).toEqual(session);
  });

  describe('Linux password stores', () => {
    it.each([
      ['basic_text', 'basic-text'],
      ['unknown', 'unknown-backend'],
    ])(
      'under %s the session is not written to disk, and the renderer is told why',
      async (backend, reason) => {
        const enc = fakeSafeStorage(true, backend);
        const store = createTokenStore({ file, encryptor: enc, platform: 'linux' });
        expect(store.protection()).toEqual({ storage: 'memory-only', reason, backend });
        expect(await store.set(session)).toBe(false);
        expect(existsSync(file)).toBe(false);
        expect(await store.get()).toEqual(session);
        expect(await createTokenStore({ file, encryptor: enc, platform: 'linux' }).get()).toBeNull();
      },
    );

    it('a session stored earlier under basic_text is removed, not used', async () => {
      await createTokenStore({ file, encryptor: fakeSafeStorage(), platform: 'linux' }).set(session);
      expect(existsSync(file)).toBe(true);
      const weak = createTokenStore({
        file,
        encryptor: fakeSafeStorage(true, 'basic_text'),
        platform: 'linux',
      });
      expect(await weak.get()).toBeNull();
      expect(existsSync(file)).toBe(false);
    });

    it('a keyring (libsecret, kwallet) is real encryption; other systems do not have the question', async () => {
      for (const backend of ['gnome_libsecret', 'kwallet5', 'kwallet6']) {
        const store = createTokenStore({
          file,
          encryptor: fakeSafeStorage(true, backend),
          platform: 'linux',
        });
        expect(store.protection()).toEqual({ storage: 'os-encrypted', reason: 'ok', backend });
        expect(await store.set(session)).toBe(true);
      }
      const win = createTokenStore({
        file,
        encryptor: fakeSafeStorage(true, 'basic_text'),
        platform: 'win32',
      });
      expect(win.protection()).toEqual({ storage: 'os-encrypted', reason: 'ok' });
      expect(
        createTokenStore({ file, encryptor: fakeSafeStorage(false), platform: 'darwin' }).protection(),
      ).toEqual({ storage: 'memory-only', reason: 'no-encryption' });
    });
  });
});
