import { useCallback, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';

/**
 * The library's checked rows for bulk edits: a click toggles one row, a shift-click checks the
 * range from the last clicked row. Rows that leave the list (trashed, filtered) drop out.
 */
export function useChecked(rows: readonly DocumentSummary[]) {
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const anchor = useRef<number | null>(null);
  const visible = useMemo(() => {
    const present = new Set(rows.map((row) => row.id));
    return new Set([...checked].filter((id) => present.has(id)));
  }, [rows, checked]);

  const toggle = useCallback(
    (id: number, range: boolean) => {
      setChecked((current) => {
        const next = new Set(current);
        const from = anchor.current === null ? -1 : rows.findIndex((row) => row.id === anchor.current);
        const to = rows.findIndex((row) => row.id === id);
        if (range && from >= 0 && to >= 0) {
          const [lo, hi] = from < to ? [from, to] : [to, from];
          for (const row of rows.slice(lo, hi + 1)) next.add(row.id);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = id;
    },
    [rows],
  );
  const clear = useCallback(() => setChecked(new Set()), []);
  return { checked: visible, ids: [...visible], toggle, clear };
}
