import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from '@shared/rules/duplicates';
import { leadFormModel } from '@shared/forms/lead-form';
import { findDuplicatesForForm, probeOf } from './duplicate-probe';

const emptyLeadForm = probeOf(leadFormModel().empty());

const index = new DuplicateIndex([
  {
    id: 'l1',
    kind: 'lead',
    name: 'Hans Müller',
    company: 'Müller GmbH',
    emails: ['hans@mueller.de'],
    phones: ['+493012345678'],
    ownerId: 'u-wang',
  },
  {
    id: 'c1',
    kind: 'contact',
    name: 'Ana García',
    company: 'Iberia',
    emails: ['ana@iberia.es'],
    phones: [],
    ownerId: 'u-li',
  },
]);

describe('findDuplicatesForForm', () => {
  it('matches a typed email regardless of case and spacing', () => {
    const m = findDuplicatesForForm(index, { ...emptyLeadForm, emails: '  HANS@Mueller.de ' });
    expect(m.map((x) => [x.candidate.id, x.reasons])).toEqual([['l1', ['email']]]);
  });

  it('matches a phone written the local way using the card country', () => {
    const m = findDuplicatesForForm(index, { ...emptyLeadForm, phones: '030 1234 5678', country: 'de' });
    expect(m.map((x) => x.candidate.id)).toEqual(['l1']);
  });

  it('matches a contact by company and name', () => {
    const m = findDuplicatesForForm(index, { ...emptyLeadForm, name: 'ANA GARCÍA', company: 'IBERIA SL' });
    expect(m[0]?.candidate).toMatchObject({ id: 'c1', kind: 'contact', ownerId: 'u-li' });
  });

  it('ignores half-typed values and the record being edited', () => {
    expect(findDuplicatesForForm(index, { ...emptyLeadForm, emails: 'hans@muel' })).toEqual([]);
    expect(findDuplicatesForForm(index, { ...emptyLeadForm, emails: 'hans@mueller.de' }, 'l1')).toEqual([]);
  });
});
