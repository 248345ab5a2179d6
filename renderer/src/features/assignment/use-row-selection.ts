import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  emptySelection,
  headerState,
  pruneSelection,
  toggleAll,
  toggleRow,
  type RowSelection,
} from './row-selection';

export interface RowSelectionApi {
  /** Ticked ids, in the list's order. */
  selected: string[];
  isSelected(id: string): boolean;
  toggle(id: string, range: boolean): void;
  header: 'none' | 'some' | 'all';
  toggleAll(): void;
  clear(): void;
}

/** Ticked rows of a list whose shown ids are `shown` (see row-selection.ts for the rules). */
export function useRowSelection(shown: readonly string[]): RowSelectionApi {
  const [sel, setSel] = useState<RowSelection>(emptySelection);
  useEffect(() => setSel((s) => pruneSelection(s, shown)), [shown]);
  const toggle = useCallback(
    (id: string, range: boolean) => setSel((s) => toggleRow(s, shown, id, range)),
    [shown],
  );
  return useMemo(
    () => ({
      selected: sel.ids.size ? shown.filter((id) => sel.ids.has(id)) : [],
      isSelected: (id: string) => sel.ids.has(id),
      toggle,
      header: headerState(sel, shown),
      toggleAll: () => setSel((s) => toggleAll(s, shown)),
      clear: () => setSel(emptySelection),
    }),
    [sel, shown, toggle],
  );
}
