import type { CollectionName } from '@shared/model/collections';
import { canRead, type Viewer } from '@shared/permissions/policy';

/**
 * Only what the viewer may see goes into a report. The local store can hold more (a manager's device after a
 * role change, pool records); reports must never total records the policy would hide.
 */
export function visibleTo<T extends { ownerId: string; departmentId: string; trashedAt?: string }>(
  viewer: Viewer,
  collection: CollectionName,
  docs: readonly T[] | undefined,
): T[] {
  return (docs ?? []).filter((d) => !d.trashedAt && canRead(viewer, collection, d));
}

/** The report's date defaults: this calendar month and the same month a year earlier. */
export function monthRange(today: string): {
  period: { from: string; to: string };
  previous: { from: string; to: string };
} {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = (year: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return {
    period: { from: `${y}-${mm}-01`, to: `${y}-${mm}-${last(y)}` },
    previous: { from: `${y - 1}-${mm}-01`, to: `${y - 1}-${mm}-${last(y - 1)}` },
  };
}
