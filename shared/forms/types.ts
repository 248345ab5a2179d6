/** How a field is typed in a form; the value a form holds for it follows from the kind (see FormValue). */
export type FieldKind =
  | 'text'
  | 'multiline'
  /** Several values typed on one line ("a@x.com; b@y.com"): a string in the form, a list in the record. */
  | 'list'
  /** Several short values picked one by one: a list in the form and in the record. */
  | 'tags'
  | 'select'
  | 'number'
  | 'checkbox'
  | 'date';

export type FormValue = string | string[] | boolean;
/** What a form holds: one value per field name, as the inputs hold them (strings as typed). */
export type FormValues = Record<string, FormValue>;

/** A field's label: an i18n key for schema fields, the admin's own text for custom fields. */
export type FieldLabel = { key: string } | { text: string };

/** An error placed on one field: an i18n key with its parameters; the UI adds the field's label as `field`. */
export interface FieldError {
  field: string;
  key: string;
  params: Record<string, string | number>;
}

export interface FieldDef {
  /** The key in the form values; a custom field's is `custom.<key>`. */
  name: string;
  kind: FieldKind;
  label: FieldLabel;
  /** Must be filled in (a non-empty string, at least one item, a required custom field). */
  required: boolean;
  /** The record may leave it out: an empty input becomes undefined. */
  optional: boolean;
  maxLength?: number;
  maxItems?: number;
  min?: number;
  max?: number;
  options?: readonly string[];
  /** A rendering hint the form's layout may honour (e.g. "segmented" for a short select). */
  widget?: string;
  /** Cleans one typed value (or one item of a list); null means it is not valid, reported with `invalidKey`. */
  normalise?: (raw: string, values: FormValues) => string | null;
  invalidKey?: string;
  /** The empty form's value when it is not the kind's blank. */
  initial?: FormValue;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
