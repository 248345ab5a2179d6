/**
 * The alert for the user whose edit lost a same-field clash: which record, which field, who made the edit
 * that stands. Built from the clash record (the 'conflict' activity) and the record itself; the app words it
 * in the reader's language from `data`, so nothing here is UI text but the English fallback body.
 */
import type { Activity } from '../model/activity';
import type { CollectionName } from '../model/collections';
import type { Notification } from '../model/notification';

/** What a 'clashLost' notification carries in `data`. */
export interface ClashLostData {
  collection: CollectionName;
  field: string;
  /** Who made the edit that stands ('' if unknown). */
  winnerUpdatedBy: string;
  /** The account whose page shows the record's history (a contact's clash is on its account's timeline). */
  accountId: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** A record as a person names it: its name (a lead with its company), a document's number and title… */
export function recordName(doc: Record<string, unknown>): string {
  const lines = Array.isArray(doc.lines) ? (doc.lines as Array<Record<string, unknown>>) : [];
  const parts = [str(doc.name), str(doc.company)].filter(Boolean);
  const name =
    parts.join(' · ') ||
    [str(doc.number), str(doc.title)].filter(Boolean).join(' ') ||
    str(lines[0]?.name) ||
    '';
  return name.slice(0, 300);
}

/**
 * The notification for the loser of the clash `activity` records, or null when there is nobody to tell: no
 * known loser, or the user lost to their own later edit (on another device: nothing of anyone else's won).
 * The id follows the clash record's, so the same clash never notifies twice.
 */
export function clashLostNotification(
  activity: Activity,
  record: Record<string, unknown>,
  recipientDepartmentId: string,
  now: string,
): Notification | null {
  if (activity.kind !== 'conflict') return null;
  const d = activity.data ?? {};
  const loser = str(d.loserUpdatedBy);
  const winner = str(d.winnerUpdatedBy);
  const field = str(d.field);
  if (!loser || loser === 'unknown' || loser === winner || !field || typeof d.collection !== 'string')
    return null;
  const data: ClashLostData = {
    collection: d.collection as CollectionName,
    field,
    winnerUpdatedBy: winner,
    accountId: activity.accountId,
  };
  return {
    id: `cl${activity.id}`.slice(0, 40),
    ownerId: loser,
    departmentId: recipientDepartmentId,
    createdAt: now,
    updatedAt: now,
    createdBy: 'system',
    updatedBy: 'system',
    kind: 'clashLost',
    subjectType: activity.subjectType,
    subjectId: activity.subjectId,
    title: recordName(record),
    body: `Your change to "${field}" was replaced by a later edit; your value is in the record's history.`,
    at: now,
    data: { ...data },
  };
}
