import { Checkbox, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { CustomField } from '@shared/model/settings';
import type { CustomValues } from './custom-values';

/** Inputs for the admin-defined fields of a record, by type. */
export function CustomFieldInputs({
  fields,
  values,
  onChange,
}: {
  fields: CustomField[];
  values: CustomValues;
  onChange: (v: CustomValues) => void;
}) {
  if (fields.length === 0) return null;
  const set = (key: string, v: string | number | boolean) => onChange({ ...values, [key]: v });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      {fields.map((f) => {
        const v = values[f.key];
        switch (f.type) {
          case 'number':
            return (
              <NumberInput
                key={f.key}
                label={f.label}
                required={f.required}
                value={typeof v === 'number' ? v : ''}
                onChange={(n) => set(f.key, n === '' ? '' : Number(n))}
              />
            );
          case 'checkbox':
            return (
              <Checkbox
                key={f.key}
                label={f.label}
                checked={v === true}
                onChange={(e) => set(f.key, e.currentTarget.checked)}
                mt="lg"
              />
            );
          case 'select':
            return (
              <Select
                key={f.key}
                label={f.label}
                required={f.required}
                data={f.options ?? []}
                value={typeof v === 'string' ? v : null}
                onChange={(s) => set(f.key, s ?? '')}
                clearable
              />
            );
          case 'date':
            return (
              <TextInput
                key={f.key}
                type="date"
                label={f.label}
                required={f.required}
                value={typeof v === 'string' ? v : ''}
                onChange={(e) => set(f.key, e.currentTarget.value)}
              />
            );
          default:
            return (
              <TextInput
                key={f.key}
                label={f.label}
                required={f.required}
                value={v === undefined ? '' : String(v)}
                onChange={(e) => set(f.key, e.currentTarget.value)}
              />
            );
        }
      })}
    </SimpleGrid>
  );
}
