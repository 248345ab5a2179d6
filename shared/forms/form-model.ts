import type { z } from 'zod';
import type { CustomField } from '../model/settings';
import { splitMulti } from '../rules/contact-normalise';
import { CUSTOM_PREFIX, customFieldDef } from './custom-fields';
import { formErrorKeys as K } from './error-keys';
import { issueToFieldError } from './issue-errors';
import { fieldsOfSchema } from './schema-fields';
import type { FieldDef, FieldError, FieldLabel, FormValue, FormValues, ParseResult } from './types';

type Rec = Record<string, unknown>;

/** What a record type's form adds to its schema: order, the odd field's own kind, derived values. */
export interface FormSpec<S extends z.ZodObject> {
  schema: S;
  /** The i18n key of a schema field's label, e.g. (n) => `lead.fields.${n}`. */
  labelKey: (name: string) => string;
  /** Schema fields the person never types (derived or set elsewhere). */
  omit?: readonly string[];
  /** These come first in this order; the schema's other fields follow in its order, then `last`. */
  order?: readonly string[];
  last?: readonly string[];
  /** Per field: another kind, a widget hint, a normaliser, the empty form's value. */
  fields?: Record<string, Partial<Omit<FieldDef, 'name' | 'label'>>>;
  /** Values computed from the parsed ones (a lookup key from the name). */
  derive?: (value: Rec) => Rec;
  /** Checks across fields, run once every field is valid on its own. */
  check?: (value: Rec) => FieldError[];
}

export interface FormModel<T extends Rec = Rec> {
  /** Every field, in form order: schema fields, then the custom fields defined as data. */
  fields: readonly FieldDef[];
  empty(): FormValues;
  /** A saved record as the form shows it. */
  toForm(record: Partial<T>): FormValues;
  /**
   * The form as record fields, or every error in form order. `previous` keeps custom values of fields no
   * longer defined. Optional fields left empty are present as undefined, so an update clears them.
   */
  parse(values: FormValues, previous?: Partial<T>): ParseResult<Partial<T>>;
}

const LIST_SEPARATOR = '; ';

function blankOf(f: FieldDef): FormValue {
  if (f.initial !== undefined) return f.initial;
  if (f.kind === 'tags') return [];
  if (f.kind === 'checkbox') return false;
  if (f.kind === 'select' && !f.optional && f.options?.length) return f.options[0]!;
  return '';
}

function toFormValue(f: FieldDef, v: unknown): FormValue {
  if (v === undefined || v === null) return blankOf(f);
  if (f.kind === 'tags') return Array.isArray(v) ? v.map(String) : [];
  if (f.kind === 'list') return Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v);
  if (f.kind === 'checkbox') return v === true;
  return String(v);
}

const dedupe = (xs: string[]) => [...new Set(xs)];

/** One field's typed value as record value; conversion errors (a bad item, not a number) go to `errors`. */
function convert(f: FieldDef, raw: FormValue | undefined, values: FormValues, errors: FieldError[]): unknown {
  const err = (key: string, params: Record<string, string | number> = {}) =>
    errors.push({ field: f.name, key, params });
  const clean = (s: string): string | null => {
    if (!f.normalise) return s;
    const n = f.normalise(s, values);
    if (n === null) err(f.invalidKey ?? K.invalidFormat, { value: s });
    return n;
  };
  switch (f.kind) {
    case 'checkbox':
      return raw === true;
    case 'tags':
    case 'list': {
      const items = Array.isArray(raw)
        ? raw.map((s) => s.trim()).filter(Boolean)
        : splitMulti(String(raw ?? ''));
      return dedupe(items.map(clean).filter((s): s is string => s !== null));
    }
    case 'number': {
      const s = String(raw ?? '').replace(/[,\s]/g, '');
      if (s === '') return f.optional ? undefined : f.required ? undefined : 0;
      const n = Number(s);
      if (!Number.isFinite(n)) err(K.number, { value: String(raw) });
      return n;
    }
    default: {
      const s = String(raw ?? '').trim();
      if (s === '') return f.optional ? undefined : '';
      return clean(s) ?? s;
    }
  }
}

/** Checks the schema cannot make for custom fields (their values are one loose map there). */
function checkCustom(f: FieldDef, v: unknown): FieldError | null {
  const e = (key: string, params: Record<string, string | number> = {}) => ({ field: f.name, key, params });
  if (v === undefined || v === '' || v === false)
    return f.required && f.kind !== 'checkbox' ? e(K.required) : null;
  if (typeof v === 'string' && f.maxLength && v.length > f.maxLength)
    return e(K.tooLong, { max: f.maxLength });
  if (f.kind === 'select' && !f.options?.includes(String(v))) return e(K.invalidOption, { value: String(v) });
  if (f.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(v)))
    return e(K.invalidDate, { value: String(v) });
  return null;
}

/** Builds a record type's form model from its zod schema, plus custom fields defined as data. */
export function createFormModel<S extends z.ZodObject>(
  spec: FormSpec<S>,
  customFields: readonly CustomField[] = [],
): FormModel<z.infer<S>> {
  const label = (name: string): FieldLabel => ({ key: spec.labelKey(name) });
  const derived = fieldsOfSchema(spec.schema, label, spec.omit).map((f) => ({
    ...f,
    ...spec.fields?.[f.name],
  }));
  const byName = new Map(derived.map((f) => [f.name, f]));
  const first = (spec.order ?? []).flatMap((n) => byName.get(n) ?? []);
  const last = (spec.last ?? []).flatMap((n) => byName.get(n) ?? []);
  const placed = new Set([...first, ...last].map((f) => f.name));
  const middle = derived.filter((f) => !placed.has(f.name));
  const custom = customFields.map(customFieldDef);
  const fields: FieldDef[] = [...first, ...middle, ...custom, ...last];
  const rank = new Map(fields.map((f, i) => [f.name, i]));
  const isCustom = (f: FieldDef) => f.name.startsWith(CUSTOM_PREFIX);

  const empty = () => Object.fromEntries(fields.map((f) => [f.name, blankOf(f)]));

  const toForm = (record: Partial<z.infer<S>>) => {
    const rec = record as Rec;
    const customValues = (rec.custom ?? {}) as Rec;
    return Object.fromEntries(
      fields.map((f) => [
        f.name,
        toFormValue(f, isCustom(f) ? customValues[f.name.slice(CUSTOM_PREFIX.length)] : rec[f.name]),
      ]),
    );
  };

  const parse = (values: FormValues, previous?: Partial<z.infer<S>>): ParseResult<Partial<z.infer<S>>> => {
    const errors: FieldError[] = [];
    const out: Rec = {};
    const customOut: Rec = { ...((previous as Rec | undefined)?.custom as Rec | undefined) };
    const badFields = new Set<string>();
    for (const f of fields) {
      const before = errors.length;
      const v = convert(f, values[f.name], values, errors);
      if (errors.length > before) badFields.add(f.name);
      if (isCustom(f)) {
        const key = f.name.slice(CUSTOM_PREFIX.length);
        const e = errors.length > before ? null : checkCustom(f, v);
        if (e) errors.push(e);
        if (v === undefined || v === '') delete customOut[key];
        else customOut[key] = v;
      } else out[f.name] = v;
    }
    // The schema judges what conversion let through: limits, formats, options.
    const names = fields.filter((f) => !isCustom(f) && !badFields.has(f.name)).map((f) => f.name);
    const picked = spec.schema.pick(Object.fromEntries(names.map((n) => [n, true])) as never);
    const checked = picked.safeParse(Object.fromEntries(names.map((n) => [n, out[n]])));
    if (!checked.success)
      for (const issue of checked.error.issues) errors.push(issueToFieldError(issue, out));
    if (!errors.length && spec.check) errors.push(...spec.check(out));
    if (errors.length) {
      const order = (e: FieldError) => rank.get(e.field) ?? fields.length;
      return {
        ok: false,
        errors: errors
          .map((e, i) => ({ e, i }))
          .sort((a, b) => order(a.e) - order(b.e) || a.i - b.i)
          .map((x) => x.e),
      };
    }
    const value: Rec = { ...out, ...spec.derive?.(out) };
    if (custom.length || previous) {
      const hasCustom = Object.keys(customOut).length > 0;
      if (hasCustom || custom.length) value.custom = hasCustom ? customOut : undefined;
    }
    return { ok: true, value: value as Partial<z.infer<S>> };
  };

  return { fields, empty, toForm, parse };
}
