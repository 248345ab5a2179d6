import { describe, expect, it } from 'vitest';
import { nextDocumentNumber } from './document-number';
import { numberingIdentity } from './numbering-identity';

describe('numberingIdentity', () => {
  it("is the user for a signed-in user, and the device for the local profile, so two laptops' numbers differ", () => {
    expect(numberingIdentity('user-li01', () => 'dev-a')).toBe('user-li01');
    const a = nextDocumentNumber(
      'quote',
      '2026-11-23',
      [],
      numberingIdentity('local', () => 'dev-a'),
    );
    const b = nextDocumentNumber(
      'quote',
      '2026-11-23',
      [],
      numberingIdentity('local', () => 'dev-b'),
    );
    expect(a).not.toBe(b);
    expect(a).toMatch(/^QT-20261123-[0-9A-Z]{4}-001$/);
  });
});
