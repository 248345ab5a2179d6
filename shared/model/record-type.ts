import type { RecordType } from './common';

const BY_COLLECTION: Partial<Record<string, RecordType>> = {
  campaigns: 'campaign',
  leads: 'lead',
  accounts: 'account',
  contacts: 'contact',
  opportunities: 'opportunity',
  samples: 'sample',
  activities: 'activity',
};
const DOCUMENT_KINDS: ReadonlySet<string> = new Set(['quote', 'contract', 'order']);

/**
 * What kind of record a document of a collection is, as activities and attachments name their subject
 * (`subjectType`): a sales document by its `kind`; null for collections whose records are no subject
 * (settings, notifications…).
 */
export function recordTypeOf(collection: string, doc: Record<string, unknown> | null): RecordType | null {
  if (collection === 'documents') {
    const kind = doc?.kind;
    return typeof kind === 'string' && DOCUMENT_KINDS.has(kind) ? (kind as RecordType) : null;
  }
  return BY_COLLECTION[collection] ?? null;
}
