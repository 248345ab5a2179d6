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

/** The card's fields top to bottom, left to right, as the form lays them out. */
export const FORM_ORDER: readonly LeadFormField[] = [
  'name',
  'company',
  'title',
  'phones',
  'emails',
  'country',
  'city',
  'interest',
  'website',
  'wechat',
  'whatsapp',
  'skype',
  'productsOfInterest',
  'address',
  'notes',
];

/** Errors in the order the fields appear, so the list reads top-down and focus goes to the first one. */
export function inFormOrder(errors: readonly FieldError[]): FieldError[] {
  const rank = (e: FieldError) => {
    const i = FORM_ORDER.indexOf(e.field as LeadFormField);
    return i < 0 ? FORM_ORDER.length : i;
  };
  return [...errors].sort((a, b) => rank(a) - rank(b));
}
