/** The client side of sync: sign in, re-own local records, start replication, read its status. */
export { startSync, type StartSyncOptions, type SyncHandle } from './replication';
export type { EventSourceCtor, EventSourceLike } from './live-stream';
export { signIn } from './sign-in';
export type { FetchLike } from '../../api';
export { reownLocalRecords, LOCAL_USER_ID } from './reown';
export { memoryTokenStore, type TokenStore, type Tokens } from './tokens';
export { createSyncStatusStore, type SyncState, type SyncStatus, type SyncStatusStore } from './status';
export type { NotSyncedItem } from './not-synced';
