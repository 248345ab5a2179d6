import type { TFunction } from 'i18next';
import type { FormIssue } from './sample-form';

/** One translated message per form field path ("lines.0.quantity", "courier", "lines"). */
export function formErrors(t: TFunction<'samples'>, issues: readonly FormIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const label = t(`fields.${i.field.split('.').pop()}` as 'fields.name');
    out[i.field] ??= t(`errors.${i.code}`, { field: label });
  }
  return out;
}
