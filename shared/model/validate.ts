import type { z } from 'zod';
import { collectionDefs, type CollectionName, type DocOf } from './collections';

export interface ValidationIssue {
  /** Dotted path of the field, e.g. "emails.0" or "data.stages". */
  field: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || '(document)', message: i.message }));
}

/** Validates a document of a synced collection: the one check the client, the server and imports share. */
export function validateDoc<N extends CollectionName>(name: N, doc: unknown): ValidationResult<DocOf<N>> {
  const result = collectionDefs[name].schema.safeParse(doc);
  return result.success
    ? { ok: true, value: result.data as DocOf<N> }
    : { ok: false, issues: issuesOf(result.error) };
}

export class DocValidationError extends Error {
  constructor(
    readonly collection: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`${collection}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'DocValidationError';
  }
}
