import { DocValidationError } from '@shared/model/validate';

/** A readable message naming the field(s), from a validation error or anything else thrown. */
export function errorText(e: unknown): string {
  if (e instanceof DocValidationError) return e.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return e instanceof Error ? e.message : String(e);
}
