import { describe, expect, it } from 'vitest';
import { nextDocumentNumber, parseDocumentNumber, userCode } from './document-number';

const LI = 'u-li';
const li = userCode(LI);

describe('userCode', () => {
  it('is 4 uppercase base-36 characters, the same for a user every time', () => {
    expect(li).toMatch(/^[0-9A-Z]{4}$/);
    expect(userCode(LI)).toBe(li);
  });

  it('differs between the users of a company', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `usr-${i.toString(36).padStart(8, '0')}`);
    expect(new Set(ids.map(userCode)).size).toBe(ids.length);
  });

  it('refuses an empty user id, naming it', () => {
    expect(() => userCode(' ')).toThrow(/^userId:/);
  });
});

describe('nextDocumentNumber', () => {
  it('starts each kind, day and user at 001 and carries the user code', () => {
    expect(nextDocumentNumber('order', '2026-11-23', [], LI)).toBe(`SO-20261123-${li}-001`);
    expect(nextDocumentNumber('quote', '2026-11-24', [`QT-20261123-${li}-009`], LI)).toBe(
      `QT-20261124-${li}-001`,
    );
  });

  it('continues the same user’s own sequence, ignoring other kinds, days, users and odd numbers', () => {
    const other = userCode('u-wang');
    expect(
      nextDocumentNumber(
        'order',
        '2026-11-23',
        [
          `SO-20261123-${li}-002`,
          `SO-20261123-${li}-010`,
          `SO-20261123-${other}-040`,
          `SC-20261123-${li}-050`,
          `SO-20261122-${li}-060`,
          `SO-20261123-${li}-x`,
          'manual',
        ],
        LI,
      ),
    ).toBe(`SO-20261123-${li}-011`);
  });

  it('never gives two users offline on the same day the same number', () => {
    // Each laptop only knows its own rep's numbers: both pick "the next", and still differ.
    const a: string[] = [];
    const b: string[] = [];
    for (let i = 0; i < 5; i++) {
      a.push(nextDocumentNumber('quote', '2026-11-23', a, 'u-li'));
      b.push(nextDocumentNumber('quote', '2026-11-23', b, 'u-wang'));
    }
    expect(new Set([...a, ...b]).size).toBe(10);
    // After sync each device holds both; each rep continues their own sequence.
    const merged = [...a, ...b];
    expect(nextDocumentNumber('quote', '2026-11-23', merged, 'u-li')).toBe(`QT-20261123-${li}-006`);
  });

  it('picks a fresh number on a device that still holds numbers of the older format', () => {
    const old = ['SO-2026-001', 'SO-2026-002', 'SO-2026-010'];
    const next = nextDocumentNumber('order', '2026-11-23', old, LI);
    expect(old).not.toContain(next);
    expect(next).toBe(`SO-20261123-${li}-001`);
  });

  it('refuses a bad date naming the field', () => {
    expect(() => nextDocumentNumber('order', '23.11.2026', [], LI)).toThrow(/^date:/);
  });
});

describe('parseDocumentNumber', () => {
  it('reads the current and the older format and nothing else', () => {
    expect(parseDocumentNumber('QT-20261123-K7F2-012')).toEqual({
      prefix: 'QT',
      period: '20261123',
      code: 'K7F2',
      seq: 12,
    });
    expect(parseDocumentNumber('SO-2026-007')).toEqual({ prefix: 'SO', period: '2026', code: '', seq: 7 });
    expect(parseDocumentNumber('PO 4711')).toBeUndefined();
  });
});
