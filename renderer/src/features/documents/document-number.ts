import type { DocumentKind } from '@shared/model/document';

export const NUMBER_PREFIX: Record<DocumentKind, string> = {
  quote: 'QT',
  contract: 'SC',
  order: 'SO',
  expense: 'EX',
};

/**
 * The next number of a kind for the document's year, e.g. "SO-2026-007": one above the highest of that year
 * seen on this device. Two devices offline at once may pick the same number; the number is a label, the id is
 * what links records, so a clash is harmless and can be renumbered.
 */
export function nextDocumentNumber(kind: DocumentKind, date: string, existing: readonly string[]): string {
  const year = date.slice(0, 4);
  const prefix = `${NUMBER_PREFIX[kind]}-${year}-`;
  let max = 0;
  for (const n of existing) {
    if (!n.startsWith(prefix)) continue;
    const seq = Number(n.slice(prefix.length));
    if (Number.isInteger(seq) && seq > max) max = seq;
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}
