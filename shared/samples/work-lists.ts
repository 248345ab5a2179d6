import type { Sample } from '@shared/model/sample';

/** The sample room's three queues. */
export type WorkList = 'awaitingShipment' | 'inTransit' | 'awaitingFeedback';
export const WORK_LISTS: readonly WorkList[] = ['awaitingShipment', 'inTransit', 'awaitingFeedback'];

type Listed = Pick<Sample, 'status' | 'trashedAt'>;

/** Which queue a sample waits in, or undefined when nothing is left to do (feedback received, or trashed). */
export function workListOf(sample: Listed): WorkList | undefined {
  if (sample.trashedAt) return undefined;
  switch (sample.status) {
    case 'requested':
    case 'preparing':
      return 'awaitingShipment';
    case 'shipped':
      return 'inTransit';
    case 'delivered':
      return 'awaitingFeedback';
    case 'feedback':
      return undefined;
  }
}

/** Splits samples into the three queues; each queue keeps the oldest work first (by the date that matters). */
export function workLists<T extends Listed & Pick<Sample, 'createdAt' | 'shipDate' | 'receivedDate'>>(
  samples: readonly T[],
): Record<WorkList, T[]> {
  const out: Record<WorkList, T[]> = { awaitingShipment: [], inTransit: [], awaitingFeedback: [] };
  for (const s of samples) {
    const list = workListOf(s);
    if (list) out[list].push(s);
  }
  const key = (s: T) => s.receivedDate ?? s.shipDate ?? s.createdAt;
  for (const list of WORK_LISTS) out[list].sort((a, b) => key(a).localeCompare(key(b)));
  return out;
}
