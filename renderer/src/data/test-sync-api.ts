import type { SyncApi } from './sync-context';

/** A SyncApi for component tests: signed out, no server, no running sync, unless overridden. */
export function testSyncApi(overrides: Partial<SyncApi> = {}): SyncApi {
  return {
    user: null,
    serverUrl: 'http://sync.test',
    deviceId: 'dev-1',
    handle: null,
    http: null,
    signIn: async () => {},
    signOut: async () => {},
    ...overrides,
  };
}
