import { describe, expect, it } from 'vitest';
import { emptySelection, headerState, pruneSelection, toggleAll, toggleRow } from './row-selection';

const shown = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('row selection', () => {
  it('toggles one row, and a shift-click ticks the range from the last click', () => {
    let s = toggleRow(emptySelection, shown, 'b', false);
    expect(ids(s)).toEqual(['b']);
    s = toggleRow(s, shown, 'e', true);
    expect(ids(s)).toEqual(['b', 'c', 'd', 'e']);
    s = toggleRow(s, shown, 'c', false);
    expect(ids(s)).toEqual(['b', 'd', 'e']);
    // Shift-clicking a ticked row clears the range up to it (from the anchor c, backwards).
    s = toggleRow(s, shown, 'e', true);
    expect(ids(s)).toEqual(['b']);
  });

  it('a shift-click without an anchor is a plain click', () => {
    expect(ids(toggleRow(emptySelection, shown, 'c', true))).toEqual(['c']);
  });

  it('the header box ticks all shown, then clears, and reports partial selection', () => {
    let s = toggleRow(emptySelection, shown, 'a', false);
    expect(headerState(s, shown)).toBe('some');
    s = toggleAll(s, shown);
    expect(headerState(s, shown)).toBe('all');
    s = toggleAll(s, shown);
    expect(headerState(s, shown)).toBe('none');
    expect(toggleAll(emptySelection, []).ids.size).toBe(0);
  });

  it('drops rows that left the list and keeps the same object when none did', () => {
    const s = toggleAll(emptySelection, shown);
    expect(pruneSelection(s, shown)).toBe(s);
    const pruned = pruneSelection(s, ['a', 'c']);
    expect(ids(pruned)).toEqual(['a', 'c']);
  });
});
