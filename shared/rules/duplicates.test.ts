import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicates';

const hans = {
  id: 'L1',
  kind: 'lead' as const,
  name: 'Hans Müller',
  company: 'Müller GmbH',
  emails: ['hans@mueller.de'],
  phones: ['+493012345678'],
};

describe('DuplicateIndex', () => {
  const index = new DuplicateIndex([
    hans,
    {
      id: 'C1',
      kind: 'contact',
      name: 'Ana Silva',
      company: 'Lux SA',
      emails: [],
      phones: ['+351211234567'],
    },
  ]);

  it('matches by email regardless of case', () => {
    const [m] = index.find({ name: 'Someone', emails: ['HANS@mueller.de'], phones: [] });
    expect(m?.candidate.id).toBe('L1');
    expect(m?.reasons).toEqual(['email']);
  });
  it('matches by phone', () => {
    expect(index.find({ name: 'X', emails: [], phones: ['+351211234567'] })[0]?.candidate.id).toBe('C1');
  });
  it('matches the same person at the same company, written differently', () => {
    const [m] = index.find({ name: 'hans müller', company: 'MÜLLER GMBH.', emails: [], phones: [] });
    expect(m?.reasons).toEqual(['companyAndName']);
  });
  it('reports every reason of one record once', () => {
    const matches = index.find({
      name: 'Hans Müller',
      company: 'Müller',
      emails: ['hans@mueller.de'],
      phones: ['+493012345678'],
    });
    expect(matches).toHaveLength(1);
    expect(matches[0]!.reasons.sort()).toEqual(['companyAndName', 'email', 'phone']);
  });
  it('finds nothing for a new buyer, and not the record itself', () => {
    expect(
      index.find({ name: 'New Buyer', company: 'Other', emails: ['new@other.com'], phones: [] }),
    ).toEqual([]);
    expect(index.find({ ...hans })).toEqual([]);
  });
  it('follows updates and removals', () => {
    const idx = new DuplicateIndex([hans]);
    idx.upsert({ ...hans, emails: ['h@new.de'] });
    expect(idx.find({ name: 'x', emails: ['hans@mueller.de'], phones: [] })).toEqual([]);
    idx.remove('L1');
    expect(idx.find({ name: 'x', emails: ['h@new.de'], phones: [] })).toEqual([]);
    expect(idx.size).toBe(0);
  });
});
