import type { TokenStore } from '../../db/replication';
import type { PlatformTokens } from '../../platform/types';

/**
 * The replication client's token store over the platform's (OS keychain on the desktop, web storage in a
 * browser). The platform keeps the whole session (tokens and user); a refresh replaces only the tokens.
 */
export function platformTokenStore(tokens: PlatformTokens): TokenStore {
  return {
    async get() {
      const s = await tokens.get();
      return s ? { access: s.accessToken, refresh: s.refreshToken } : null;
    },
    async set(t) {
      const s = await tokens.get();
      // Signed out meanwhile (revoked, or the user signed out): a late refresh must not sign back in.
      if (!s) return;
      await tokens.set({ ...s, accessToken: t.access, refreshToken: t.refresh, accessExpiresAt: undefined });
    },
    clear: () => tokens.clear(),
  };
}
