/**
 * Version 0 of a lead held one `phone` and one `email` string; version 1 holds lists of each (a card often
 * carries a mobile and a landline) and a `companyKey` for duplicate checks.
 */
import { companyKey } from '../rules/contact-normalise';

export function migrateLeadV0ToV1(old: Record<string, unknown>): Record<string, unknown> {
  const { phone, email, ...rest } = old;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? [v.trim()] : []);
  return {
    ...rest,
    phones: str(phone),
    emails: str(email).map((e) => e.toLowerCase()),
    companyKey: companyKey(typeof old.company === 'string' ? old.company : ''),
  };
}

/** Version 2 added the optional `tags`: a version 1 lead is a valid version 2 lead as it is. */
export function migrateLeadV1ToV2(old: Record<string, unknown>): Record<string, unknown> {
  return old;
}
