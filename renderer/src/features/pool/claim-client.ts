import type { ClaimRequest } from '@shared/api';
import type { HttpClient } from '../../api';

export type ClaimOutcome =
  | { kind: 'claimed' }
  /** Someone else got there first (409): the server names the current owner. */
  | { kind: 'taken'; ownerId: string }
  /** No answer from the server: keep the claim queued and try again later. */
  | { kind: 'unreachable'; message: string }
  /** Any other refusal (gone, forbidden…): drop the claim and say why. */
  | { kind: 'refused'; message: string };

/**
 * `pool.claim` (POST /pool/claim). The server decides who gets a pool record, once, so nothing is changed
 * locally before it answers: a refused claim leaves nothing half-claimed. A 409 (taken) is told apart from
 * other refusals. The server does not name who holds a taken record (it is not the claimer's to learn), so
 * `ownerId` is usually empty and the UI says "another rep".
 */
export async function claimOnServer(
  http: Pick<HttpClient, 'call'>,
  req: ClaimRequest,
): Promise<ClaimOutcome> {
  const res = await http.call('pool.claim', { body: req });
  if (res.ok) return { kind: 'claimed' };
  const e = res.error;
  switch (e.kind) {
    case 'unreachable':
    case 'unavailable':
      return { kind: 'unreachable', message: e.message };
    case 'refused':
      if (e.status === 409)
        return { kind: 'taken', ownerId: typeof e.body.ownerId === 'string' ? e.body.ownerId : '' };
      if (e.status >= 500) return { kind: 'unreachable', message: `HTTP ${e.status}` };
      return { kind: 'refused', message: e.message };
    default:
      return { kind: 'refused', message: e.message };
  }
}
