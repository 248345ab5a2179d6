import type { ClaimRequest } from '@shared/api';

/** A claim made while offline, shown as pending until the server answers. */
export interface PendingClaim extends ClaimRequest {
  name: string;
  at: string;
}

const KEY = 'crm.pool.pendingClaims';

/** Adds a claim once (claiming the same record twice while offline queues it once). */
export const enqueue = (queue: readonly PendingClaim[], claim: PendingClaim): PendingClaim[] =>
  queue.some((c) => c.collection === claim.collection && c.id === claim.id) ? [...queue] : [...queue, claim];

export const dequeue = (queue: readonly PendingClaim[], claim: ClaimRequest): PendingClaim[] =>
  queue.filter((c) => !(c.collection === claim.collection && c.id === claim.id));

export const isPending = (queue: readonly PendingClaim[], claim: ClaimRequest) =>
  queue.some((c) => c.collection === claim.collection && c.id === claim.id);

/** The queue survives a reload or a restart of the app on this device. */
export function loadQueue(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): PendingClaim[] {
  try {
    const v = JSON.parse(storage?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v)
      ? v.filter(
          (c): c is PendingClaim =>
            typeof c === 'object' &&
            c !== null &&
            ((c as PendingClaim).collection === 'leads' || (c as PendingClaim).collection === 'accounts') &&
            typeof (c as PendingClaim).id === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function saveQueue(
  queue: readonly PendingClaim[],
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(queue));
  } catch {
    // private mode: the queue lasts for the session only
  }
}
