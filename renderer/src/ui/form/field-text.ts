import type { TFunction } from 'i18next';
import type { FieldDef, FieldError } from '@shared/forms/types';

/** A field's label in the UI language (custom fields carry the admin's own text). */
export function fieldLabel(t: TFunction, f: Pick<FieldDef, 'label'>): string {
  return 'key' in f.label ? t(f.label.key) : f.label.text;
}

/** An error as a sentence naming its field: "“邮箱”不是有效的邮箱地址：x@". */
export function fieldErrorText(t: TFunction, fields: readonly FieldDef[], e: FieldError): string {
  const f = fields.find((x) => x.name === e.field);
  return t(e.key, { ...e.params, field: f ? fieldLabel(t, f) : e.field });
}
