import { z } from 'zod';
import type { CollectionDef } from '../model/collections';

/** The subset of an RxDB JSON schema we produce; kept local so that shared/ needs no rxdb import. */
export interface RxJsonSchemaLike {
  title: string;
  version: number;
  primaryKey: 'id';
  type: 'object';
  properties: Record<string, Record<string, unknown>>;
  required: string[];
  indexes: (string | string[])[];
  additionalProperties?: boolean;
}

/** Keys zod emits that RxDB's schema checker does not accept or need. */
const DROP_KEYS = new Set(['$schema', 'propertyNames', 'pattern']);

function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROP_KEYS.has(k)) continue;
    out[k] = clean(v);
  }
  return out;
}

/**
 * Derives the RxDB schema from the zod schema, so the type, the local store, the server's validation and the
 * forms all come from one definition. Validation proper stays with zod (patterns are dropped here).
 */
export function toRxJsonSchema(name: string, def: CollectionDef): RxJsonSchemaLike {
  const json = clean(z.toJSONSchema(def.schema, { io: 'output', unrepresentable: 'any' })) as {
    properties: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  const properties = json.properties;
  const required = new Set(json.required ?? []);
  const indexed = new Set(def.indexes.flat());
  for (const field of indexed) {
    let prop = properties[field];
    // optionalRefSchema is "an id or ''": for the index it is one string type.
    if (prop?.anyOf && (prop.anyOf as { type?: string }[]).every((p) => p.type === 'string')) {
      prop = properties[field] = { type: 'string', maxLength: 40 };
    }
    if (!prop) throw new Error(`${name}: index on unknown field ${field}`);
    if (!required.has(field)) throw new Error(`${name}: indexed field ${field} must be required`);
    if (prop.type === 'string' && typeof prop.maxLength !== 'number') prop.maxLength = 40;
    if (prop.type === 'number')
      Object.assign(prop, { minimum: prop.minimum ?? 0, maximum: prop.maximum ?? 1e15, multipleOf: 1 });
  }
  properties.id = { ...properties.id, maxLength: 40 };
  return {
    title: name,
    version: def.version,
    primaryKey: 'id',
    type: 'object',
    properties,
    required: [...required],
    indexes: def.indexes,
  };
}
