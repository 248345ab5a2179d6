import { describe, expect, it } from 'vitest';
import type { PlatformTokens, StoredSession } from '../../platform/types';
import { platformTokenStore } from './platform-token-store';

function memoryPlatformTokens(
  initial: StoredSession | null,
): PlatformTokens & { current: () => StoredSession | null } {
  let s = initial;
  return {
    get: async () => s,
    set: async (next) => {
      s = next;
      return true;
    },
    clear: async () => {
      s = null;
    },
    current: () => s,
  };
}

const user = {
  id: 'demo-user-li',
  name: 'Li',
  email: 'li@demo.local',
  role: 'rep',
  departmentId: 'demo-dept-1',
};

describe('platformTokenStore', () => {
  it('reads the tokens and replaces only them on refresh, keeping the user', async () => {
    const platform = memoryPlatformTokens({
      accessToken: 'a1',
      refreshToken: 'r1',
      accessExpiresAt: '2026-01-01T00:00:00.000Z',
      user,
    });
    const store = platformTokenStore(platform);
    expect(await store.get()).toEqual({ access: 'a1', refresh: 'r1' });
    await store.set({ access: 'a2', refresh: 'r2' });
    expect(platform.current()).toEqual({
      accessToken: 'a2',
      refreshToken: 'r2',
      accessExpiresAt: undefined,
      user,
    });
  });

  it('does not sign back in when tokens arrive after a sign-out', async () => {
    const platform = memoryPlatformTokens({ accessToken: 'a1', refreshToken: 'r1', user });
    const store = platformTokenStore(platform);
    await store.clear();
    await store.set({ access: 'late', refresh: 'late' });
    expect(platform.current()).toBeNull();
    expect(await store.get()).toBeNull();
  });
});
