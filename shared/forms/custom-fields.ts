import type { CustomField, SettingsDoc } from '../model/settings';
import type { FieldDef } from './types';

/** A custom value's longest text (customValuesSchema). */
const CUSTOM_TEXT_MAX = 2000;
export const CUSTOM_PREFIX = 'custom.';

/** The live custom field definitions of one object type, in the admin's order. */
export function customFieldsFor(
  settings: readonly SettingsDoc[],
  entity: CustomField['entity'],
): CustomField[] {
  return settings
    .filter((s) => s.kind === 'customField' && !s.trashedAt)
    .map((s) => s.data as unknown as CustomField)
    .filter((f) => f.entity === entity)
    .sort((a, b) => a.order - b.order);
}

/** An admin-defined field as a form field: its values live under the record's `custom` map. */
export function customFieldDef(f: CustomField): FieldDef {
  return {
    name: CUSTOM_PREFIX + f.key,
    kind: f.type === 'text' ? 'text' : f.type,
    label: { text: f.label },
    required: f.required,
    optional: true,
    ...(f.type === 'text' ? { maxLength: CUSTOM_TEXT_MAX } : {}),
    ...(f.type === 'select' ? { options: f.options ?? [] } : {}),
  };
}
