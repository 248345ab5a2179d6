import type { HandOverRequest } from '@shared/sync/protocol';
import { noteSubjectType } from '@shared/sync/hand-over';
import type { NotSyncedItem } from '../../db/replication';

const BODY_MAX = 9_000;

/** A record's name for people: its name, company or title, else its id. */
export function recordLabel(doc: Record<string, unknown> | null, id: string): string {
  for (const key of ['name', 'company', 'title', 'number']) {
    const v = doc?.[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return id;
}

/** What the copy button puts on the clipboard: the reason and the local record, enough to redo the change. */
export function copyText(item: NotSyncedItem, doc: Record<string, unknown> | null): string {
  const issues = item.issues?.map((i) => `  ${i.field}: ${i.message}`).join('\n');
  return [
    `${item.collection}/${item.id} — ${item.code}: ${item.reason}`,
    issues,
    doc ? JSON.stringify(plain(doc), null, 2) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The request that hands a refused change to whoever holds the record now: the server writes it as a note in
 * their name (the former owner cannot write records they no longer own). Null for records without a timeline.
 */
export function handOverRequest(
  item: NotSyncedItem,
  doc: Record<string, unknown> | null,
  title: string,
  noteId: string,
): HandOverRequest | null {
  if (!noteSubjectType(item.collection, doc)) return null;
  const body = copyText(item, doc);
  return {
    noteId,
    collection: item.collection as HandOverRequest['collection'],
    id: item.id,
    title: title.slice(0, 300),
    body: body.length > BODY_MAX ? body.slice(0, BODY_MAX) + '…' : body,
  };
}

function plain(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !k.startsWith('_')));
}
