import { isoDateSchema } from '@shared/model/common';
import type { DocumentKind } from '@shared/model/document';

export const NUMBER_PREFIX: Record<DocumentKind, string> = {
  quote: 'QT',
  contract: 'SC',
  order: 'SO',
  expense: 'EX',
};

const CODE_LENGTH = 4;
const CODE_SPACE = 36 ** CODE_LENGTH;

/**
 * A short, stable code for a user: 4 uppercase base-36 characters of an FNV-1a hash of the user id, the same on
 * every device. 1.7 million codes keep two reps of one company apart in practice (the id links records anyway).
 */
export function userCode(userId: string): string {
  if (!userId.trim()) throw new Error('userId: a user is required to number a document');
  let h = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    h ^= userId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % CODE_SPACE).toString(36).toUpperCase().padStart(CODE_LENGTH, '0');
}

export interface ParsedNumber {
  prefix: string;
  /** YYYYMMDD in the current format; YYYY in the older per-device format. */
  period: string;
  /** The user code; '' in the older format, which had none. */
  code: string;
  seq: number;
}

const CURRENT = /^([A-Z]+)-(\d{8})-([0-9A-Z]{4})-(\d+)$/;
const OLDER = /^([A-Z]+)-(\d{4})-(\d+)$/;

/** A generated number's parts, current ("QT-20261123-K7F2-001") or older ("QT-2026-001"); else undefined. */
export function parseDocumentNumber(n: string): ParsedNumber | undefined {
  const m = CURRENT.exec(n);
  if (m) return { prefix: m[1]!, period: m[2]!, code: m[3]!, seq: Number(m[4]) };
  const o = OLDER.exec(n);
  if (o) return { prefix: o[1]!, period: o[2]!, code: '', seq: Number(o[3]) };
  return undefined;
}

/**
 * The next number of a kind for the document's day and the writing user, e.g. "SO-20261123-K7F2-007": one above
 * the highest of that (kind, day, user) seen on this device. The user code makes numbers from two reps' laptops
 * differ without asking a server, and a user's own numbers reach every device they use through sync. Older
 * numbers (no code) never have this shape, so a device holding them still picks a fresh one.
 */
export function nextDocumentNumber(
  kind: DocumentKind,
  date: string,
  existing: readonly string[],
  userId: string,
): string {
  if (!isoDateSchema.safeParse(date).success) throw new Error('date: must be a date (YYYY-MM-DD)');
  const prefix = NUMBER_PREFIX[kind];
  const day = date.replaceAll('-', '');
  const code = userCode(userId);
  let max = 0;
  for (const n of existing) {
    const p = parseDocumentNumber(n);
    if (p && p.prefix === prefix && p.period === day && p.code === code && p.seq > max) max = p.seq;
  }
  return `${prefix}-${day}-${code}-${String(max + 1).padStart(3, '0')}`;
}
