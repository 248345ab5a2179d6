import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { EMPTY_FILTER, matchesFilter, readSavedViews, withSavedView } from './opportunity-filter';

const opp = { ...validDocs.opportunities } as Opportunity;

describe('matchesFilter', () => {
  it('matches everything with the empty filter and narrows by each field', () => {
    expect(matchesFilter(opp, EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(opp, { ...EMPTY_FILTER, ownerId: opp.ownerId })).toBe(true);
    expect(matchesFilter(opp, { ...EMPTY_FILTER, ownerId: 'someone-else' })).toBe(false);
    expect(matchesFilter(opp, { ...EMPTY_FILTER, stageId: 'st-quote' })).toBe(false);
    expect(matchesFilter(opp, { ...EMPTY_FILTER, status: 'won' })).toBe(false);
    expect(matchesFilter(opp, { ...EMPTY_FILTER, kind: 'project' })).toBe(false);
    expect(matchesFilter(opp, { ...EMPTY_FILTER, closeFrom: '2026-06-30', closeTo: '2026-06-30' })).toBe(
      true,
    );
    expect(matchesFilter(opp, { ...EMPTY_FILTER, closeFrom: '2026-07-01' })).toBe(false);
    expect(matchesFilter(opp, { ...EMPTY_FILTER, closeTo: '2026-06-29' })).toBe(false);
  });
});

describe('saved views', () => {
  it('adds, replaces by name and reads back; malformed stored data reads as defaults', () => {
    let views = withSavedView([], { name: ' Won ', filter: { ...EMPTY_FILTER, status: 'won' } });
    views = withSavedView(views, { name: 'Won', filter: { ...EMPTY_FILTER, status: 'lost' } });
    expect(views).toEqual([{ name: 'Won', filter: { ...EMPTY_FILTER, status: 'lost' } }]);
    expect(readSavedViews({ opportunityViews: views })).toEqual(views);
    expect(readSavedViews({ opportunityViews: [{ name: 'x', filter: { status: 'weird' } }] })).toEqual([
      { name: 'x', filter: EMPTY_FILTER },
    ]);
    expect(readSavedViews({ opportunityViews: 'nonsense' })).toEqual([]);
    expect(() => withSavedView([], { name: '  ', filter: EMPTY_FILTER })).toThrow(/view name/);
  });
});
