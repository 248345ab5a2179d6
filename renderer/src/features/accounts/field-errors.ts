import type { TFunction } from 'i18next';
import type { InputError } from './account-input';

/** One message per field (its first error), naming the field and the bad value, in the UI language. */
export function errorsByField(t: TFunction, errors: InputError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors)
    out[e.field] ??= t(`errors.${e.code}`, { field: t(`fields.${e.field}`), value: e.value ?? '' });
  return out;
}
