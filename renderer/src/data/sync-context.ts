import { createContext, useContext } from 'react';
import type { StoredSession } from '@shared/ipc/contract';
import type { HttpClient } from '../api';
import type { SyncHandle } from '../db/replication';
import type { BlobTransfer } from '../platform/blob-transfer';

export interface SignInInput {
  email: string;
  password: string;
  deviceName: string;
  serverUrl: string;
}

/** Sign-in state and the running sync client, for the screens that talk to the server. */
export interface SyncApi {
  /** Null on the local profile (never signed in, or signed out). */
  user: StoredSession['user'] | null;
  /** The server this device signs in to (remembered from the last sign-in). */
  serverUrl: string;
  deviceId: string;
  /** The running replication, once signed in. */
  handle: SyncHandle | null;
  /** The typed client of the server's HTTP API (assign, claims, admin, blobs), once signed in. */
  http: HttpClient | null;
  /** Attachment bytes to and from the server (uploads counted in the sync status), once signed in. */
  blobs: BlobTransfer | null;
  /** Throws an ApiCallError (e.g. code BAD_CREDENTIALS); nothing changes then. */
  signIn(input: SignInInput): Promise<void>;
  /** Ends the session on the server if it can be reached; local data stays on the device. */
  signOut(): Promise<void>;
}

export const SyncContext = createContext<SyncApi | null>(null);

export function useSync(): SyncApi {
  const api = useContext(SyncContext);
  if (!api) throw new Error('useSync outside SyncProvider');
  return api;
}
