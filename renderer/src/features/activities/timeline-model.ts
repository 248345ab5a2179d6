import type { Activity } from '@shared/model/activity';
import type { SalesDocument } from '@shared/model/document';
import type { Sample } from '@shared/model/sample';

export type TimelineSource = Activity['kind'] | 'sample' | 'document';

export interface TimelineEntry {
  key: string;
  source: TimelineSource;
  at: string;
  title: string;
  body?: string;
  ownerId: string;
  /** Tasks only. */
  dueAt?: string;
  done?: boolean;
  /** The record the entry is about, to link to it. */
  subjectType: string;
  subjectId: string;
  /** Sample status or document kind/status, for a badge. */
  detail?: string;
  /** Conflicts: what clashed (field, both values, who and when) and the record's owner, who may restore. */
  clash?: { data: Record<string, unknown>; recordOwnerId: string };
}

const fromActivity = (a: Activity): TimelineEntry => ({
  key: `activity:${a.id}`,
  source: a.kind,
  at: a.at,
  title: a.title,
  ...(a.body ? { body: a.body } : {}),
  ownerId: a.createdBy || a.ownerId,
  ...(a.dueAt ? { dueAt: a.dueAt } : {}),
  ...(a.kind === 'task' ? { done: a.done === true } : {}),
  subjectType: a.subjectType,
  subjectId: a.subjectId,
  ...(a.kind === 'conflict' && a.data ? { clash: { data: a.data, recordOwnerId: a.ownerId } } : {}),
});

const fromSample = (s: Sample): TimelineEntry => ({
  key: `sample:${s.id}`,
  source: 'sample',
  at: s.updatedAt,
  title: s.lines.map((l) => `${l.name} × ${l.quantity}`).join(', '),
  ...(s.courier || s.trackingNumber ? { body: [s.courier, s.trackingNumber].filter(Boolean).join(' ') } : {}),
  ownerId: s.updatedBy || s.ownerId,
  subjectType: 'sample',
  subjectId: s.id,
  detail: s.status,
});

const fromDocument = (d: SalesDocument): TimelineEntry => ({
  key: `document:${d.id}`,
  source: 'document',
  at: d.createdAt,
  title: [d.number, d.title].filter(Boolean).join(' '),
  ownerId: d.createdBy || d.ownerId,
  subjectType: d.kind,
  subjectId: d.id,
  detail: `${d.kind}:${d.status}`,
});

/**
 * ONE timeline of an account (or a single record): logged activities, stage changes, samples and documents,
 * newest first. A sample that already has its own history events (sampleEvent) is shown by those events, not
 * twice; trashed records are left out.
 */
export function mergeTimeline(input: {
  activities: readonly Activity[];
  samples?: readonly Sample[];
  documents?: readonly SalesDocument[];
}): TimelineEntry[] {
  const activities = input.activities.filter((a) => !a.trashedAt);
  const withEvents = new Set(activities.filter((a) => a.kind === 'sampleEvent').map((a) => a.subjectId));
  const entries = [
    ...activities.map(fromActivity),
    ...(input.samples ?? []).filter((s) => !s.trashedAt && !withEvents.has(s.id)).map(fromSample),
    ...(input.documents ?? []).filter((d) => !d.trashedAt).map(fromDocument),
  ];
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.key < b.key ? -1 : 1));
}
