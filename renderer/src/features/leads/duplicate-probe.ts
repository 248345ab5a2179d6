import { normaliseEmail, normalisePhone, splitMulti } from '@shared/rules/contact-normalise';
import type { DuplicateIndex, DuplicateMatch } from '@shared/rules/duplicates';
import type { FormValues } from '@shared/forms/types';

const NONE: DuplicateMatch[] = [];

/** The card fields the duplicate check reads, as typed. */
export interface DuplicateProbe {
  name: string;
  company: string;
  emails: string;
  phones: string;
  country: string;
}

export function probeOf(values: FormValues): DuplicateProbe {
  const s = (k: keyof DuplicateProbe) => (typeof values[k] === 'string' ? values[k] : '');
  return {
    name: s('name'),
    company: s('company'),
    emails: s('emails'),
    phones: s('phones'),
    country: s('country'),
  };
}

/** Matches for a card as typed so far: only well-formed emails/phones are compared, partial typing is ignored. */
export function findDuplicatesForForm(
  index: DuplicateIndex,
  form: DuplicateProbe,
  selfId?: string,
): DuplicateMatch[] {
  const country = form.country.trim().toUpperCase();
  const emails = splitMulti(form.emails)
    .map(normaliseEmail)
    .filter((e): e is string => !!e);
  const phones = splitMulti(form.phones)
    .map((p) => normalisePhone(p, /^[A-Z]{2}$/.test(country) ? country : undefined))
    .filter((p): p is string => !!p);
  if (!emails.length && !phones.length && !(form.name.trim() && form.company.trim())) return NONE;
  const found = index.find({ id: selfId, name: form.name, company: form.company, emails, phones });
  return found.length ? found : NONE; // a stable empty result lets the warning skip re-rendering
}
