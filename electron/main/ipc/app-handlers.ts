import type { Handlers } from './register';

export interface AppDeps {
  version: string;
  platform: string;
  startedAt: number;
  now?: () => number;
  notify: (title: string, body: string) => void;
}

export function createAppHandlers(deps: AppDeps): Pick<Handlers, 'app:info' | 'app:health' | 'app:notify'> {
  const now = deps.now ?? Date.now;
  return {
    'app:info': () => ({ version: deps.version, platform: deps.platform, kind: 'electron' as const }),
    'app:health': () => ({ ok: true, uptimeSeconds: Math.round((now() - deps.startedAt) / 1000) }),
    'app:notify': ({ title, body }) => {
      deps.notify(title, body ?? '');
      return { ok: true as const };
    },
  };
}
