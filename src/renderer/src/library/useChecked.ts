import { useCallback, useState } from 'react';
import type { LibraryPages } from './useLibraryPages';

/**
 * The library's checked rows for bulk edits: a click toggles one row, a shift-click checks the
 * range from the last clicked row. The table is paged, so a range takes the rows between the two
 * that are loaded — the ones on screen, which is what a shift-click means. `clear` empties it
 * (after a trash, a new filter).
 */
export function useChecked(pages: LibraryPages) {
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  const toggle = useCallback(
    (id: number, range: boolean) => {
      setChecked((current) => {
        const next = new Set(current);
        const [from, to] = range && anchor !== null ? indexesOf(pages, [anchor, id]) : [-1, -1];
        if (from >= 0 && to >= 0) {
          const [lo, hi] = from < to ? [from, to] : [to, from];
          for (let index = lo; index <= hi; index++) {
            const row = pages.rowAt(index);
            if (row) next.add(row.id);
          }
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      setAnchor(id);
    },
    [anchor, pages],
  );
  const clear = useCallback(() => setChecked(new Set()), []);
  return { checked, ids: [...checked], toggle, clear };
}

/** Where two documents sit among the loaded rows; -1 for one that is not loaded. */
function indexesOf(pages: LibraryPages, ids: [number, number]): [number, number] {
  const found: [number, number] = [-1, -1];
  for (let index = 0; index < (pages.total ?? 0); index++) {
    const row = pages.rowAt(index);
    if (row?.id === ids[0]) found[0] = index;
    if (row?.id === ids[1]) found[1] = index;
    if (found[0] >= 0 && found[1] >= 0) break;
  }
  return found;
}
