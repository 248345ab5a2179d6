import { storedSessionSchema } from '@shared/ipc/contract';
import { PlatformError, type PlatformTokens } from '../types';

const KEY = 'crm.session';

/**
 * The session in a browser: localStorage, validated on the way in and out. A browser has no OS keychain, so
 * this is as safe as the origin; the desktop build keeps it encrypted with safeStorage instead.
 */
export function createWebTokens(storage: Storage = localStorage): PlatformTokens {
  return {
    async get() {
      const raw = storage.getItem(KEY);
      if (!raw) return null;
      try {
        const parsed = storedSessionSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async set(session) {
      const parsed = storedSessionSchema.safeParse(session);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.join('.') || 'session';
        throw new PlatformError('INVALID', `${field}: ${issue.message}`, field);
      }
      storage.setItem(KEY, JSON.stringify(parsed.data));
      return true;
    },
    async clear() {
      storage.removeItem(KEY);
    },
  };
}
