import type { ClaimRequest } from '@shared/sync/protocol';

/** What the sync client offers: its server, a token, and a token refresh (see db/replication/http.ts). */
export interface ClaimHttp {
  baseUrl: string;
  accessToken(): Promise<string>;
  refresh(): Promise<void>;
}

export type ClaimFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export type ClaimOutcome =
  | { kind: 'claimed' }
  /** Someone else got there first (409): the server names the current owner. */
  | { kind: 'taken'; ownerId: string }
  /** No answer from the server: keep the claim queued and try again later. */
  | { kind: 'unreachable'; message: string }
  /** Any other refusal (gone, forbidden…): drop the claim and say why. */
  | { kind: 'refused'; message: string };

/**
 * POST /pool/claim. The server decides who gets a pool record, once, so nothing is changed locally before it
 * answers: a refused claim leaves nothing half-claimed. Calls fetch itself (with the sync client's token) because
 * a 409 (taken) is told apart from other refusals. The server does not name who holds a taken record (it is
 * not the claimer's to learn), so `ownerId` is usually empty and the UI says "another rep".
 */
export async function claimOnServer(
  http: ClaimHttp,
  req: ClaimRequest,
  fetchImpl: ClaimFetch = (url, init) => globalThis.fetch(url, init),
  retried = false,
): Promise<ClaimOutcome> {
  let res: Awaited<ReturnType<ClaimFetch>>;
  try {
    const token = await http.accessToken();
    res = await fetchImpl(`${http.baseUrl}/pool/claim`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(req),
    });
  } catch (err) {
    return { kind: 'unreachable', message: err instanceof Error ? err.message : String(err) };
  }
  if (res.ok) return { kind: 'claimed' };
  const body = (await res.json().catch(() => ({}))) as {
    ownerId?: unknown;
    message?: unknown;
    code?: unknown;
  };
  if (res.status === 401 && !retried && body.code !== 'SESSION_REVOKED') {
    try {
      await http.refresh();
    } catch (err) {
      return { kind: 'refused', message: err instanceof Error ? err.message : String(err) };
    }
    return claimOnServer(http, req, fetchImpl, true);
  }
  if (res.status === 409)
    return { kind: 'taken', ownerId: typeof body.ownerId === 'string' ? body.ownerId : '' };
  if (res.status >= 500) return { kind: 'unreachable', message: `HTTP ${res.status}` };
  return { kind: 'refused', message: typeof body.message === 'string' ? body.message : `HTTP ${res.status}` };
}
