import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { roleSchema } from '@shared/model/settings';
import type { StoredSession } from '@shared/ipc/contract';
import { ApiCallError, HttpClient, signIn as clientSignIn } from '../../api';
import { reownLocalRecords, startSync, type SyncHandle } from '../../db/replication';
import { useDatabase } from '../../data/db-context';
import { SessionContext, type Session } from '../../data/session';
import { syncStatus, type SyncStatusStore } from '../../data/sync-status';
import { getPlatform } from '../../platform';
import type { BlobTransfer } from '../../platform/blob-transfer';
import { createWebBlobTransfer } from '../../platform/web/web-blob-transfer';
import type { PlatformTokens } from '../../platform/types';
import { deviceId as loadDeviceId, rememberSignIn, savedServerUrl } from './device-prefs';
import { platformTokenStore } from './platform-token-store';
import { defaultServerUrl } from './server-url';
import { SyncContext, type SignInInput, type SyncApi } from '../../data/sync-context';

interface Props {
  /** The session while nobody is signed in on this device (the local profile). */
  fallbackSession: Session;
  children: ReactNode;
  /** Injected in tests; the platform's token store otherwise. */
  tokens?: PlatformTokens;
  statusStore?: SyncStatusStore;
}

const LOGOUT_TIMEOUT_MS = 3_000;

function sessionOf(stored: StoredSession): Session {
  const role = roleSchema.safeParse(stored.user.role);
  return {
    userId: stored.user.id,
    departmentId: stored.user.departmentId,
    role: role.success ? role.data : 'rep',
    signedIn: true,
    displayName: stored.user.name,
  };
}

/**
 * When a sign-in is stored on the device: re-owns what was entered under the local profile, starts live
 * replication with the server and feeds the header's sync status. Provides the signed-in session to the app.
 */
export function SyncProvider({
  fallbackSession,
  children,
  tokens: injectedTokens,
  statusStore = syncStatus,
}: Props) {
  const db = useDatabase();
  const tokens = useMemo(() => injectedTokens ?? getPlatform().tokens, [injectedTokens]);
  const tokenStore = useMemo(() => platformTokenStore(tokens), [tokens]);
  const deviceId = useMemo(() => loadDeviceId(), []);
  const [serverUrl, setServerUrl] = useState(
    () => savedServerUrl() ?? defaultServerUrl(window.crm ? 'electron' : 'web', globalThis.location?.origin),
  );
  // undefined while the stored sign-in is being read.
  const [stored, setStored] = useState<StoredSession | null | undefined>(undefined);
  const [running, setRunning] = useState<{
    handle: SyncHandle;
    http: HttpClient;
    blobs: BlobTransfer;
  } | null>(null);

  useEffect(() => {
    let live = true;
    tokens.get().then(
      (s) => live && setStored(s),
      () => live && setStored(null),
    );
    return () => {
      live = false;
    };
  }, [tokens]);

  const userId = stored?.user.id;
  const departmentId = stored?.user.departmentId;
  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    let handle: SyncHandle | null = null;
    const offs: (() => void)[] = [];
    void (async () => {
      await reownLocalRecords(db, { id: userId, departmentId: departmentId ?? '' });
      if (cancelled) return;
      const started = startSync({
        db,
        baseUrl: serverUrl,
        tokens: tokenStore,
        deviceId,
        userId,
        status: statusStore,
      });
      handle = started;
      // Revoked by an admin (or a stolen refresh token): the client stopped and cleared the tokens.
      offs.push(statusStore.subscribe((s) => s.state === 'signedOut' && setStored(null)));
      // The one HTTP client of this sign-in, shared by the replication and the screens.
      const http = started.http;
      const blobs = startBlobTransfer(http, statusStore);
      offs.push(blobs.stop);
      setRunning({ handle: started, http, blobs: blobs.transfer });
    })();
    return () => {
      cancelled = true;
      for (const off of offs) off();
      void handle?.stop();
      setRunning(null);
    };
  }, [db, userId, departmentId, serverUrl, tokenStore, deviceId, statusStore]);

  const api = useMemo<SyncApi>(
    () => ({
      user: stored?.user ?? null,
      serverUrl,
      deviceId,
      handle: running?.handle ?? null,
      http: running?.http ?? null,
      blobs: running?.blobs ?? null,
      async signIn({ email, password, deviceName, serverUrl: url }: SignInInput) {
        const result = await clientSignIn(url, { email, password, deviceId, deviceName });
        if (!result.ok) throw new ApiCallError(result.error);
        const answer = result.value;
        const session: StoredSession = {
          accessToken: answer.accessToken,
          refreshToken: answer.refreshToken,
          accessExpiresAt: answer.accessExpiresAt,
          user: answer.user,
        };
        await tokens.set(session);
        rememberSignIn(url, deviceName);
        setServerUrl(url);
        statusStore.set({ state: 'connecting', error: undefined });
        setStored(session);
      },
      async signOut() {
        const http = running?.http;
        if (http) {
          // Best effort: offline, the session simply expires on the server.
          const timeout = new Promise((resolve) => setTimeout(resolve, LOGOUT_TIMEOUT_MS));
          await Promise.race([http.call('auth.logout'), timeout]);
        }
        await tokens.clear();
        setStored(null);
        statusStore.set({ state: 'signedOut', error: undefined, initialDocsReceived: 0, initialDone: true });
      },
    }),
    [stored, serverUrl, deviceId, running, tokens, statusStore],
  );

  if (stored === undefined) return null;
  return (
    <SyncContext.Provider value={api}>
      <SessionContext.Provider value={stored ? sessionOf(stored) : fallbackSession}>
        {children}
      </SessionContext.Provider>
    </SyncContext.Provider>
  );
}

/**
 * The attachment bytes of this sign-in go up through the typed HTTP client; files waiting for
 * upload count in the header's pending number (status `uploads`) and fall as they go. In a browser the queue
 * is this one (kept in localStorage); the desktop's main process uploads on its own (this only downloads there)
 * and reports its queue's length through `files.onUploadCount`.
 */
function startBlobTransfer(http: HttpClient, status: SyncStatusStore) {
  const files = getPlatform().files;
  const transfer = createWebBlobTransfer(files, http);
  let off: () => void;
  if (files.onUploadCount) {
    off = files.onUploadCount((uploads) => status.set({ uploads }));
  } else {
    const count = () => status.set({ uploads: transfer.pending().length });
    off = transfer.onEvent(count);
    count();
  }
  transfer.start();
  return {
    transfer,
    stop() {
      off();
      transfer.stop();
      status.set({ uploads: 0 });
    },
  };
}
