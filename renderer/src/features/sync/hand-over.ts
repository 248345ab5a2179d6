import type { RecordType } from '@shared/model/common';
import type { NotSyncedItem } from '../../db/replication';

const RECORD_TYPE: Partial<Record<string, RecordType>> = {
  leads: 'lead',
  accounts: 'account',
  contacts: 'contact',
  opportunities: 'opportunity',
  samples: 'sample',
};
const BODY_MAX = 9_000;

/** The record type a note can hang on, or null (settings, campaigns… have no timeline). */
export function recordTypeOf(collection: string, doc: Record<string, unknown> | null): RecordType | null {
  if (collection === 'documents') {
    const kind = doc?.kind;
    return kind === 'quote' || kind === 'contract' || kind === 'order' ? kind : null;
  }
  return RECORD_TYPE[collection] ?? null;
}

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
 * The fields of a note activity that carries a refused change to whoever holds the record now. The note is
 * the writer's own new record, so the server accepts it; managers (department scope) see it at once.
 */
export function handOverNote(
  item: NotSyncedItem,
  doc: Record<string, unknown> | null,
  title: string,
  now: Date,
) {
  const subjectType = recordTypeOf(item.collection, doc);
  if (!subjectType) return null;
  const accountId =
    typeof doc?.accountId === 'string' && doc.accountId
      ? doc.accountId
      : subjectType === 'account'
        ? item.id
        : '';
  const body = copyText(item, doc);
  return {
    kind: 'note' as const,
    subjectType,
    subjectId: item.id,
    accountId,
    at: now.toISOString(),
    title: title.slice(0, 300),
    body: body.length > BODY_MAX ? body.slice(0, BODY_MAX) + '…' : body,
  };
}

function plain(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !k.startsWith('_')));
}
