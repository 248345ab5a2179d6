import type { TokenStore } from '../tokens/token-store';
import type { Handlers } from './register';

export function createTokenHandlers(
  store: TokenStore,
): Pick<Handlers, 'tokens:get' | 'tokens:set' | 'tokens:clear' | 'tokens:protection'> {
  return {
    'tokens:get': () => store.get(),
    'tokens:set': async (session) => ({ ok: true as const, persisted: await store.set(session) }),
    'tokens:clear': async () => {
      await store.clear();
      return { ok: true as const };
    },
    'tokens:protection': () => store.protection(),
  };
}
