import type { CustomField } from '@shared/model/settings';

export type CustomValues = Record<string, string | number | boolean>;

/** One definition of the lookup, shared with the form model. */
export { customFieldsFor } from '@shared/forms/custom-fields';

const empty = (v: unknown) => v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));

/**
 * Checks values against their definitions: required ones present, numbers numeric, selects one of the options.
 * Values of fields no longer defined are kept untouched (a definition change never breaks a record).
 */
export function customValueIssues(
  fields: readonly CustomField[],
  values: CustomValues,
): Array<{ field: string; message: string }> {
  const issues: Array<{ field: string; message: string }> = [];
  for (const f of fields) {
    const v = values[f.key];
    if (empty(v)) {
      if (f.required) issues.push({ field: f.label, message: 'is required' });
      continue;
    }
    if (f.type === 'number' && typeof v !== 'number')
      issues.push({ field: f.label, message: 'must be a number' });
    if (f.type === 'select' && f.options && !f.options.includes(String(v)))
      issues.push({ field: f.label, message: `must be one of ${f.options.join(', ')}` });
    if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(v)))
      issues.push({ field: f.label, message: 'must be a date (YYYY-MM-DD)' });
  }
  return issues;
}

/** Drops empty values so that clearing a field removes it from the record. */
export function compactValues(values: CustomValues): CustomValues | undefined {
  const out = Object.fromEntries(Object.entries(values).filter(([, v]) => !empty(v)));
  return Object.keys(out).length > 0 ? out : undefined;
}
