import type { RecordType } from '../model/common';

const RECORD_TYPE: Partial<Record<string, RecordType>> = {
  leads: 'lead',
  accounts: 'account',
  contacts: 'contact',
  opportunities: 'opportunity',
  samples: 'sample',
};

/** The record type a note can hang on, or null (settings, campaigns… have no timeline). */
export function noteSubjectType(collection: string, doc: Record<string, unknown> | null): RecordType | null {
  if (collection === 'documents') {
    const kind = doc?.kind;
    return kind === 'quote' || kind === 'contract' || kind === 'order' ? kind : null;
  }
  return RECORD_TYPE[collection] ?? null;
}

/** The account a record's timeline belongs to: its own id for an account, else its `accountId` (or none). */
export function noteAccountId(collection: string, id: string, doc: Record<string, unknown> | null): string {
  if (collection === 'accounts') return id;
  return typeof doc?.accountId === 'string' ? doc.accountId : '';
}
