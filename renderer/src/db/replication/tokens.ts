/** Where a device keeps its tokens; the platform layer implements it (OS keychain, or storage in the web build). */
export interface Tokens {
  access: string;
  refresh: string;
}

export interface TokenStore {
  get(): Promise<Tokens | null>;
  set(tokens: Tokens): Promise<void>;
  clear(): Promise<void>;
}

/** For tests and the web build's session: tokens in memory only. */
export function memoryTokenStore(initial: Tokens | null = null): TokenStore {
  let current = initial;
  return {
    get: async () => current,
    set: async (t) => {
      current = t;
    },
    clear: async () => {
      current = null;
    },
  };
}
