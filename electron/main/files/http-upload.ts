import { httpContract, pathOf } from '@shared/api';
import type { StoredSession } from '@shared/ipc/contract';
import { PermanentUploadError, type UploadTransport } from './upload-queue';

export interface HttpUploadDeps {
  /** The signed-in session (token store): read on every attempt, so a token the renderer refreshed is used. */
  session: () => Promise<StoredSession | null>;
  /** Used when the session does not name its server (e.g. CRM_SERVER_URL from `npm start`). */
  fallbackServerUrl?: string;
  fetch?: typeof fetch;
}

/**
 * `blobs.put` (PUT /blobs/:sha256) of the HTTP contract (docs/http-api.md). Signed out, offline, 401 (token expired: the
 * renderer's sync client refreshes it) and 404 (the attachment document has not synced yet) are retried by the
 * queue; a wrong hash or a refused type never will succeed and is given up.
 */
export function createHttpUploadTransport(deps: HttpUploadDeps): UploadTransport {
  const doFetch = deps.fetch ?? fetch;
  return async (sha256, bytes, onProgress) => {
    const session = await deps.session();
    if (!session) throw new Error('not signed in');
    const base = session.serverUrl ?? deps.fallbackServerUrl;
    if (!base) throw new Error('no sync server configured');
    onProgress(0);
    const res = await doFetch(new URL(pathOf(httpContract['blobs.put'], { sha256 }), base), {
      method: 'PUT',
      headers: { authorization: `Bearer ${session.accessToken}`, 'content-type': 'application/octet-stream' },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    if (res.ok) {
      onProgress(1);
      return;
    }
    const text = await res.text().catch(() => '');
    const message = `upload refused: HTTP ${res.status} ${text.slice(0, 200)}`;
    if (res.status === 400 || res.status === 413 || res.status === 415)
      throw new PermanentUploadError(message);
    throw new Error(message);
  };
}
