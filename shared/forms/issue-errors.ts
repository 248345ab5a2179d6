import type { z } from 'zod';
import { BAD_TEXT_MESSAGE } from '../model/text';
import { formErrorKeys as K } from './error-keys';
import type { FieldError } from './types';

type Issue = z.ZodError['issues'][number];

const blank = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * One zod issue as a form error: the i18n key for its code, with the limit or the bad value, placed on the
 * field its path starts with (an item of a list belongs to the list). Schema messages (English, for
 * developers) never reach the form.
 */
export function issueToFieldError(issue: Issue, input: Record<string, unknown>): FieldError {
  const field = String(issue.path[0] ?? '');
  const fieldValue = input[field];
  const itemValue =
    issue.path.length > 1 && Array.isArray(fieldValue) ? fieldValue[Number(issue.path[1])] : fieldValue;
  const value = typeof itemValue === 'string' || typeof itemValue === 'number' ? String(itemValue) : '';
  const err = (key: string, params: Record<string, string | number> = {}): FieldError => ({
    field,
    key,
    params,
  });
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'bigint') return err(K.tooSmall, { min });
      return min <= 1 ? err(K.required) : err(K.tooShort, { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return err(K.tooMany, { max });
      if (issue.origin === 'string') return err(K.tooLong, { max });
      return err(K.tooLarge, { max });
    }
    case 'invalid_format':
      if (issue.format === 'email') return err(K.invalidEmail, { value });
      if (issue.format === 'date' || issue.format === 'datetime') return err(K.invalidDate, { value });
      return err(K.invalidFormat, { value });
    case 'invalid_value':
      return blank(itemValue) ? err(K.required) : err(K.invalidOption, { value });
    case 'invalid_type':
      if (blank(itemValue)) return err(K.required);
      return issue.expected === 'number' ? err(K.number) : err(K.invalid);
    case 'custom':
      return issue.message === BAD_TEXT_MESSAGE ? err(K.badText) : err(K.invalid, { value });
    default:
      return blank(itemValue) ? err(K.required) : err(K.invalid, { value });
  }
}
