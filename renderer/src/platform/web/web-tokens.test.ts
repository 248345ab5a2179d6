import { describe, expect, it } from 'vitest';
import type { StoredSession } from '../types';
import { createWebTokens } from './web-tokens';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

const session: StoredSession = {
  accessToken: 'acc',
  refreshToken: 'ref',
  user: { id: 'u-chen-0001', name: '陈 Chen', email: 'chen@demo.local', role: 'rep', departmentId: 'dept-1' },
};

describe('web tokens', () => {
  it('keeps, returns and clears the session', async () => {
    const storage = memoryStorage();
    const tokens = createWebTokens(storage);
    expect(await tokens.get()).toBeNull();
    expect(await tokens.set(session)).toBe(true);
    expect(await createWebTokens(storage).get()).toEqual(session);
    await tokens.clear();
    expect(await tokens.get()).toBeNull();
  });

  it('refuses a malformed session naming the field, keeping the stored one', async () => {
    const tokens = createWebTokens(memoryStorage());
    await tokens.set(session);
    await expect(tokens.set({ ...session, user: { ...session.user, id: '' } })).rejects.toMatchObject({
      field: 'user.id',
    });
    expect(await tokens.get()).toEqual(session);
  });
});
