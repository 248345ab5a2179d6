import type { TFunction } from 'i18next';
import type { RateIssue } from './rates-edit';

/** "“USD 汇率”：必须是大于 0 的数字": the field in the admin's words, the schema's message otherwise. */
export function rateIssueText(t: TFunction<'admin'>, currency: string, issues: readonly RateIssue[]): string {
  return issues
    .map((i) =>
      i.field === 'rateToBase'
        ? t('error', {
            field: t('rates.fields.rateToBase', { currency }),
            message: t('rates.mustBePositive'),
          })
        : t('error', { field: t('rates.fields.currency'), message: i.message }),
    )
    .join('; ');
}
