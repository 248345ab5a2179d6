import { normaliseEmail, normalisePhone } from '../rules/contact-normalise';
import { formErrorKeys as K } from './error-keys';
import type { FieldDef, FormValues } from './types';

/** A two-letter code typed in any case; phones without a country code are read in this country. */
export const normaliseCountry = (raw: string): string | null => {
  const c = raw.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(c) ? c : null;
};

/** The country typed in the same form, when it is a valid code. */
export const countryInForm = (values: FormValues): string | undefined =>
  normaliseCountry(String(values.country ?? '')) ?? undefined;

type Override = Partial<Omit<FieldDef, 'name' | 'label'>>;

/**
 * Phones and emails typed on one line each ("+49 30 1234; 030 9876"), normalised (E.164, lower case) or named
 * as bad; phones are read in `country` (the form's own country field unless given).
 */
export function contactPointFields(
  country: (values: FormValues) => string | undefined = countryInForm,
): Record<'phones' | 'emails' | 'country', Override> {
  return {
    phones: {
      kind: 'list',
      normalise: (raw, values) => normalisePhone(raw, country(values)),
      invalidKey: K.invalidPhone,
    },
    emails: { kind: 'list', normalise: normaliseEmail, invalidKey: K.invalidEmail },
    country: { normalise: normaliseCountry, invalidKey: K.invalidCountry },
  };
}
