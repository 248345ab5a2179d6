import { describe, expect, it } from 'vitest';
import { LeadSearchIndex, foldText } from './lead-search';

const lead = (id: string, name: string, company: string, emails: string[] = [], phones: string[] = []) => ({
  id,
  name,
  company,
  emails,
  phones,
});

describe('LeadSearchIndex', () => {
  const index = new LeadSearchIndex();
  index.upsert(lead('a', 'Hans Müller', 'Müller GmbH', ['hans@mueller.de'], ['+493012345678']));
  index.upsert(lead('b', '王芳', '宁波家电有限公司', ['fang@nbjd.cn'], ['+8613912345678']));
  index.upsert(lead('c', 'Ana García', 'Iberia Trading SL', ['ana@iberia.es']));

  it('returns null for an empty query so the list is not filtered', () => {
    expect(index.match('   ')).toBeNull();
  });

  it('finds by name, company and email ignoring case, accents and width', () => {
    expect([...index.match('MULLER')!]).toEqual(['a']);
    expect([...index.match('garcia')!]).toEqual(['c']);
    expect([...index.match('ＩＢＥＲＩＡ')!]).toEqual(['c']);
    expect([...index.match('宁波')!]).toEqual(['b']);
    expect([...index.match('nbjd.cn')!]).toEqual(['b']);
  });

  it('requires every word to match', () => {
    expect([...index.match('hans gmbh')!]).toEqual(['a']);
    expect(index.match('hans iberia')!.size).toBe(0);
  });

  it('finds phones by their digits as typed on a card', () => {
    expect([...index.match('+49 30 1234')!]).toEqual(['a']);
    expect([...index.match('139-1234')!]).toEqual(['b']);
    expect(index.match('12')!.size).toBe(0); // too few digits to mean a phone
  });

  it('updates and removes entries', () => {
    const i = new LeadSearchIndex();
    i.upsert(lead('x', 'Old Name', 'Acme'));
    i.upsert(lead('x', 'New Name', 'Acme'));
    expect(i.match('old')!.size).toBe(0);
    expect([...i.match('new')!]).toEqual(['x']);
    i.remove('x');
    expect(i.size).toBe(0);
  });

  it('folds text', () => {
    expect(foldText('  Dr.  JOSÉ\tÑúñez ')).toBe('dr. jose nunez');
  });
});
