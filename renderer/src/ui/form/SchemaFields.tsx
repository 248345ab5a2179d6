import { useTranslation } from 'react-i18next';
import type { FieldDef } from '@shared/forms/types';
import { fieldLabel } from './field-text';
import { SchemaField } from './SchemaField';
import type { SchemaForm } from './use-schema-form';

export interface FieldLayout {
  span?: number;
  placeholder?: string;
  optionLabel?: (value: string) => string;
  autoFocus?: boolean;
}

/**
 * The inputs of a form model in form order; `layout` adds what the schema cannot say (width, placeholder,
 * option labels). A field the schema gains, or a custom field, is rendered with no entry here.
 */
export function SchemaFields<T extends Record<string, unknown>>({
  form,
  fields = form.model.fields,
  layout = {},
}: {
  form: SchemaForm<T>;
  fields?: readonly FieldDef[];
  layout?: Readonly<Record<string, FieldLayout>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => (
        <SchemaField
          key={f.name}
          field={f}
          value={form.values[f.name] ?? ''}
          onChange={form.setValue}
          label={fieldLabel(t, f)}
          error={form.errorText[f.name]}
          {...layout[f.name]}
        />
      ))}
    </>
  );
}
