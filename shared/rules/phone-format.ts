import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A stored E.164 number as a person reads it: national format with the country it belongs to
 * ("+498912345678" → "089 12345678 (DE)"); international format when the country is ambiguous, the input as
 * it is when it is not a phone number at all.
 */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country ? `${parsed.formatNational()} (${parsed.country})` : parsed.formatInternational();
}
