/**
 * Which rows of a list are ticked, as pure steps over an immutable set: a click toggles one row, a
 * shift-click sets the whole range from the last clicked row to the same state, the header box ticks or
 * clears everything shown. Rows that leave the list (filtered out, deleted, reassigned) leave the selection,
 * so what is ticked is always what is on screen.
 */
export interface RowSelection {
  ids: ReadonlySet<string>;
  /** The last row clicked without shift: one end of a shift-click range. */
  anchor: string | null;
}

export const emptySelection: RowSelection = { ids: new Set(), anchor: null };

export function toggleRow(
  sel: RowSelection,
  shown: readonly string[],
  id: string,
  range: boolean,
): RowSelection {
  const next = new Set(sel.ids);
  const on = !sel.ids.has(id);
  const from = range && sel.anchor ? shown.indexOf(sel.anchor) : -1;
  const to = shown.indexOf(id);
  if (from >= 0 && to >= 0) {
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
      if (on) next.add(shown[i]!);
      else next.delete(shown[i]!);
    }
  } else if (on) next.add(id);
  else next.delete(id);
  return { ids: next, anchor: id };
}

/** The header box: ticks everything shown, or clears it when everything shown is already ticked. */
export function toggleAll(sel: RowSelection, shown: readonly string[]): RowSelection {
  const all = shown.length > 0 && shown.every((id) => sel.ids.has(id));
  return { ids: all ? new Set() : new Set(shown), anchor: null };
}

export function headerState(sel: RowSelection, shown: readonly string[]): 'none' | 'some' | 'all' {
  let n = 0;
  for (const id of shown) if (sel.ids.has(id)) n++;
  return n === 0 ? 'none' : n === shown.length ? 'all' : 'some';
}

/** Drops ticked rows that are no longer shown (returns the same object when nothing changed). */
export function pruneSelection(sel: RowSelection, shown: readonly string[]): RowSelection {
  if (sel.ids.size === 0) return sel;
  const visible = new Set(shown);
  let dropped = false;
  for (const id of sel.ids) if (!visible.has(id)) dropped = true;
  if (!dropped) return sel;
  return {
    ids: new Set([...sel.ids].filter((id) => visible.has(id))),
    anchor: sel.anchor && visible.has(sel.anchor) ? sel.anchor : null,
  };
}
