import type { RecordType } from '../model/common';
import { recordTypeOf } from '../model/record-type';
import { handOverRequestSchema } from '../api/sync';

const TIMELINE_COLLECTIONS: ReadonlySet<string> = new Set(handOverRequestSchema.shape.collection.options);

/** The record type a note can hang on, or null (settings, campaigns… have no timeline). */
export function noteSubjectType(collection: string, doc: Record<string, unknown> | null): RecordType | null {
  return TIMELINE_COLLECTIONS.has(collection) ? recordTypeOf(collection, doc) : null;
}

/** The account a record's timeline belongs to: its own id for an account, else its `accountId` (or none). */
export function noteAccountId(collection: string, id: string, doc: Record<string, unknown> | null): string {
  if (collection === 'accounts') return id;
  return typeof doc?.accountId === 'string' ? doc.accountId : '';
}
