import { normaliseEmail, normalisePhone, splitMulti } from '@shared/rules/contact-normalise';
import type { DuplicateIndex, DuplicateMatch } from '@shared/rules/duplicates';
import type { LeadForm } from '@shared/rules/lead-input';

const NONE: DuplicateMatch[] = [];

/** Matches for a card as typed so far: only well-formed emails/phones are compared, partial typing is ignored. */
export function findDuplicatesForForm(
  index: DuplicateIndex,
  form: Pick<LeadForm, 'name' | 'company' | 'emails' | 'phones' | 'country'>,
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
