import { emptyFilter, type LeadFilter, type Sort } from './lead-query';

export interface LeadListState {
  search: string;
  filter: LeadFilter;
  sort: Sort;
}

/** The list's filters survive a visit to a lead's detail and back (page lifetime, not stored). */
let saved: LeadListState = { search: '', filter: emptyFilter, sort: { key: 'capturedAt', dir: 'desc' } };

export const loadListState = (): LeadListState => saved;
export const saveListState = (s: LeadListState): void => {
  saved = s;
};
