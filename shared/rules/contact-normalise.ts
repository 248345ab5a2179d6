import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** Lower-cased, trimmed email, or null when it is not an email address. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  // The same shape zod's z.email() accepts, checked here so the form can name the bad entry.
  return /^(?!\.)(?!.*\.\.)([a-z0-9_'+\-.]*)[a-z0-9_+-]@([a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/.test(email)
    ? email
    : null;
}

/**
 * E.164 form of a phone number as printed on a card ("+49 (0)30 1234567", "0571-8888 6666"), using the
 * lead's country for numbers without a country code. Null when it cannot be a valid number.
 */
export function normalisePhone(raw: string, defaultCountry?: string): string | null {
  const text = raw.replace(/\(0\)/g, '').trim();
  if (!text) return null;
  const country =
    defaultCountry && /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(text, country ? { defaultCountry: country } : undefined);
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** Splits a field where a person typed several values ("a@x.com; b@y.com" or one per line). */
export function splitMulti(raw: string): string[] {
  return raw
    .split(/[;,，；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const LEGAL_SUFFIXES =
  /\b(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|plc|pty|pte|sdn bhd|s\.?a\.?|s\.?l\.?|trading|group|holding|holdings|international|intl)\b\.?/g;
const CJK_SUFFIXES = /(股份有限公司|有限责任公司|有限公司|集团|公司|贸易|进出口)/g;

/** Latin letters that do not decompose into base + accent. */
const LATIN_EXTRA: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  œ: 'oe',
  æ: 'ae',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};

/**
 * Case, width and Latin accents folded ("García" ~ "garcia", "Øster" ~ "oster"), so a card typed without
 * accents at a booth still matches. Only marks on Latin letters go: Japanese voiced kana (が) keep theirs.
 */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[ßøœæłđıþ]/g, (c) => LATIN_EXTRA[c] ?? c);
}

/** A company name reduced to what identifies it: case, width, accents, punctuation and legal forms removed. */
export function companyKey(name: string): string {
  return fold(name)
    .replace(CJK_SUFFIXES, ' ')
    .replace(/[.,&'"()\-_/\\·]/g, ' ')
    .replace(LEGAL_SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A person's name reduced for comparison ("Dr. Hans  MÜLLER" ~ "hans muller"). */
export function personKey(name: string): string {
  return fold(name)
    .replace(/\b(mr|mrs|ms|miss|dr|prof)\.?\s+/g, '')
    .replace(/[.,'"\-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
