import { z } from 'zod';
import type { FieldDef, FieldKind, FieldLabel } from './types';

/** Fields every synced document carries and no person types. */
export const SYSTEM_FIELDS = [
  'id',
  'ownerId',
  'departmentId',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'trashedAt',
  'custom',
] as const;

/** Text at least this long is written in a multi-line box. */
const MULTILINE_FROM = 2000;

type JsonProp = {
  type?: string;
  enum?: string[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonProp;
  anyOf?: JsonProp[];
};

/** What the schema says about one field, in the terms of a form (null: no generic input fits it). */
function describe(prop: JsonProp):
  | (Pick<FieldDef, 'kind' | 'maxLength' | 'maxItems' | 'min' | 'max' | 'options'> & {
      minLength?: number;
    })
  | null {
  if (prop.anyOf) {
    // An id or '' (optional links): typed as text unless the form gives it a picker.
    const strings = prop.anyOf.filter((p) => p.type === 'string');
    if (strings.length !== prop.anyOf.length) return null;
    const maxLength = Math.max(...strings.map((p) => p.maxLength ?? 0)) || undefined;
    return { kind: 'text', maxLength };
  }
  const kind: FieldKind | null =
    prop.type === 'string'
      ? prop.enum
        ? 'select'
        : prop.format === 'date'
          ? 'date'
          : (prop.maxLength ?? 0) >= MULTILINE_FROM
            ? 'multiline'
            : 'text'
      : prop.type === 'number' || prop.type === 'integer'
        ? 'number'
        : prop.type === 'boolean'
          ? 'checkbox'
          : prop.type === 'array' && prop.items?.type === 'string'
            ? 'tags'
            : null;
  if (!kind) return null;
  return {
    kind,
    maxLength: kind === 'tags' ? prop.items?.maxLength : prop.maxLength,
    minLength: kind === 'tags' ? prop.minItems : prop.minLength,
    maxItems: prop.maxItems,
    min: prop.minimum,
    max: prop.maximum,
    options: prop.enum,
  };
}

/**
 * The form fields of a zod object schema, in the schema's order: kind, limits and options as the schema
 * declares them (`.max(120)` is the input's limit), so a field added to the schema is in the form.
 */
export function fieldsOfSchema(
  schema: z.ZodObject,
  label: (name: string) => FieldLabel,
  omit: readonly string[] = [],
): FieldDef[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonProp>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const skip = new Set<string>([...SYSTEM_FIELDS, ...omit]);
  const out: FieldDef[] = [];
  for (const [name, prop] of Object.entries(json.properties ?? {})) {
    if (skip.has(name)) continue;
    const d = describe(prop);
    if (!d) continue;
    const { minLength, ...rest } = d;
    out.push({
      name,
      label: label(name),
      required: (minLength ?? 0) >= 1,
      optional: !required.has(name),
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      kind: d.kind,
    });
  }
  return out;
}
