/** The client side of sync: sign in, re-own local records, start replication, read its status. */
export {
  startSync,
  type StartSyncOptions,
  type SyncHandle,
  type EventSourceCtor,
  type EventSourceLike,
} from './start-sync';
export { signIn, SyncHttp, ServerError, SignedOutError, UnavailableError, type FetchLike } from './sync-http';
export { reownLocalRecords, LOCAL_USER_ID } from './reown';
export { memoryTokenStore, type TokenStore, type Tokens } from './tokens';
export type { SyncState, SyncStatus } from './status';
export type { NotSyncedItem } from './not-synced';
