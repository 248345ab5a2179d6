import type { BaseDoc } from '@shared/model/common';

/**
 * A record a conversion wants created: its id is chosen by the caller (so the records of one conversion can
 * point at each other before any is written) and the stamps are filled by stampNew / insertDoc.
 */
export type NewRecord<T extends BaseDoc> = Omit<
  T,
  'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'trashedAt'
>;

/** Either an existing record that was matched (dedupe) or one to create. */
export type MatchOrCreate<T extends BaseDoc> =
  { action: 'matched'; record: T } | { action: 'create'; fields: NewRecord<T> };

export type ConversionError = { ok: false; field: string; message: string };
