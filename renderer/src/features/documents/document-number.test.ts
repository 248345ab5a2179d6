import { describe, expect, it } from 'vitest';
import { nextDocumentNumber } from './document-number';

describe('nextDocumentNumber', () => {
  it('starts each kind and year at 001', () => {
    expect(nextDocumentNumber('order', '2026-11-23', [])).toBe('SO-2026-001');
    expect(nextDocumentNumber('contract', '2027-01-02', ['SC-2026-009'])).toBe('SC-2027-001');
  });

  it('continues after the highest number of the year, ignoring other kinds and odd numbers', () => {
    expect(
      nextDocumentNumber('order', '2026-11-23', [
        'SO-2026-002',
        'SO-2026-010',
        'SC-2026-050',
        'SO-2026-x',
        'manual',
      ]),
    ).toBe('SO-2026-011');
  });
});
