import type { TFunction } from 'i18next';
import type { FieldError, LeadFormField } from '@shared/rules/lead-input';

/** A sentence naming the field, in the current language: "“邮箱”不是有效的邮箱地址：x@". */
export function fieldErrorMessage(t: TFunction, e: FieldError): string {
  return t(`lead.errors.${e.code}`, { field: t(`lead.fields.${e.field}`), value: e.value ?? '' });
}

/** One message per field (the first error of each), for the inputs' error slots. */
export function errorsByField(t: TFunction, errors: FieldError[]): Partial<Record<LeadFormField, string>> {
  const out: Partial<Record<LeadFormField, string>> = {};
  for (const e of errors) {
    const f = e.field as LeadFormField;
    out[f] ??= fieldErrorMessage(t, e);
  }
  return out;
}
