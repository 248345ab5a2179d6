import type { HandOverRequest } from '@shared/api';
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
    ...(doc ? fieldLines(doc) : []),
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

/** Bookkeeping every record has; the person re-doing the change needs the content, not these. */
const BOOKKEEPING = new Set([
  'id',
  'ownerId',
  'departmentId',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
]);

/** "field: value" for every filled-in content field (derived search keys such as `nameKey` left out). */
function fieldLines(doc: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(doc)) {
    if (k.startsWith('_') || BOOKKEEPING.has(k) || k.endsWith('Key')) continue;
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    const text =
      typeof v === 'string'
        ? v
        : Array.isArray(v) && v.every((x) => typeof x === 'string')
          ? v.join(', ')
          : JSON.stringify(v);
    lines.push(`${k}: ${text}`);
  }
  return lines;
}
