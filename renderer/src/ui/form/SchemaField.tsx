import { memo, useMemo, type CSSProperties } from 'react';
import { Checkbox, Input, SegmentedControl, Select, TagsInput, TextInput, Textarea } from '@mantine/core';
import type { FieldDef, FormValue } from '@shared/forms/types';

export interface SchemaFieldProps {
  field: FieldDef;
  value: FormValue;
  /** Stable across renders (the form hook's setValue), so an unchanged field never re-renders. */
  onChange: (name: string, value: FormValue) => void;
  label: string;
  error?: string;
  placeholder?: string;
  /** The label of a select's option (the stored value otherwise). */
  optionLabel?: (value: string) => string;
  autoFocus?: boolean;
  /** Columns taken in a grid; multi-line fields take the whole row. */
  span?: number;
}

/** Characters that end a tag as it is typed (a comma or semicolon, in either width). */
const TAG_SPLIT = [',', ';', '，', '；'];

/** One input for one field of a form model, chosen by the field's kind. */
export const SchemaField = memo(function SchemaField({
  field,
  value,
  onChange,
  label,
  error,
  placeholder,
  optionLabel,
  autoFocus,
  span,
}: SchemaFieldProps) {
  const { name, kind } = field;
  const style: CSSProperties | undefined =
    kind === 'multiline' ? { gridColumn: '1 / -1' } : span ? { gridColumn: `span ${span}` } : undefined;
  const data = useMemo(
    () => (field.options ?? []).map((v) => ({ value: v, label: optionLabel ? optionLabel(v) : v })),
    [field.options, optionLabel],
  );
  const common = {
    label,
    error,
    withAsterisk: field.required,
    wrapperProps: { 'data-field': name },
    style,
  };
  const text = typeof value === 'string' ? value : '';
  switch (kind) {
    case 'checkbox':
      return (
        <Checkbox
          name={name}
          label={label}
          error={error}
          checked={value === true}
          onChange={(e) => onChange(name, e.currentTarget.checked)}
          mt="lg"
          data-field={name}
          style={style}
        />
      );
    case 'tags':
      return (
        <TagsInput
          {...common}
          value={Array.isArray(value) ? value : []}
          onChange={(v) => onChange(name, v)}
          placeholder={placeholder}
          maxTags={field.maxItems}
          splitChars={TAG_SPLIT}
          clearable
          acceptValueOnBlur
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'select':
      if (field.widget === 'segmented')
        return (
          <Input.Wrapper label={label} error={error} style={style} data-field={name}>
            <div>
              <SegmentedControl name={name} value={text} onChange={(v) => onChange(name, v)} data={data} />
            </div>
          </Input.Wrapper>
        );
      return (
        <Select
          {...common}
          name={name}
          data={data}
          value={text || null}
          onChange={(v) => onChange(name, v ?? '')}
          allowDeselect={field.optional}
          clearable={field.optional}
          placeholder={placeholder}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'multiline':
      return (
        <Textarea
          {...common}
          name={name}
          value={text}
          onChange={(e) => onChange(name, e.currentTarget.value)}
          placeholder={placeholder}
          autosize
          minRows={2}
          maxRows={6}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          name={name}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          value={text}
          onChange={(e) => onChange(name, e.currentTarget.value)}
          placeholder={placeholder}
          autoFocus={autoFocus}
          autoComplete="off"
        />
      );
  }
});
