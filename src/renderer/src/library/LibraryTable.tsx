import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate } from '../app/formatDate';
import { LibraryRow, PlaceholderRow } from './LibraryRow';

export { FIRST_SENTENCE_TOOLTIP } from './LibraryRow';
import type { LibrarySort, LibrarySortKey } from './librarySort';
import type { LibraryPages } from './useLibraryPages';

interface Props {
  pages: LibraryPages;
  sort: LibrarySort;
  onSort(key: LibrarySortKey): void;
  selectedId: number | null;
  openedId: number | null;
  onSelect(id: number): void;
  onOpen(id: number): void;
  /** Rows checked for a bulk edit, and how a click on a box changes them (Shift: a range). */
  checked: ReadonlySet<number>;
  onCheck(id: number, range: boolean): void;
}

const COLUMNS: Array<{ key: LibrarySortKey; label: string; className: string }> = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'published_at', label: 'Date', className: 'col-date' },
  { key: 'source', label: 'Source', className: 'col-source' },
  { key: 'language', label: 'Lang', className: 'col-lang' },
];

/** A row with a two-line title and an author line; real heights are measured as rows render. */
const ROW_ESTIMATE = 54;
const HEADER_HEIGHT = 29;

/**
 * The document table, virtualised: only the rows near the view are in the DOM (about 30 of
 * 100,000), fetched by block as they scroll in. Sortable columns, one selected row, Up/Down/j/k
 * to move, Home/End, Enter to open.
 */
export function LibraryTable({
  pages,
  sort,
  onSort,
  selectedId,
  openedId,
  onSelect,
  onOpen,
  checked,
  onCheck,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const total = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    paddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { want } = pages;
  useEffect(() => want(first, last), [want, first, last, total]);

  /** Where keyboard movement is headed; selected and focused once that row is loaded. */
  const [pendingIndex, setPendingIndex] = useState<number | null>(null);
  const selectedIndex = useRef<number | null>(null);

  // A new order starts at the top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    selectedIndex.current = null;
  }, [sort]);

  useEffect(() => {
    if (pendingIndex === null) return;
    const row = pages.rowAt(pendingIndex);
    if (!row) return;
    setPendingIndex(null);
    selectedIndex.current = pendingIndex;
    onSelect(row.id);
    body.current?.querySelector<HTMLElement>(`tr[data-id="${row.id}"]`)?.focus({ preventScroll: true });
  }, [pendingIndex, pages, pages.version, onSelect, items]);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const focused = (event.target as HTMLElement).closest('tr');
    const index =
      focused?.dataset.index !== undefined ? Number(focused.dataset.index) : (selectedIndex.current ?? -1);
    let next: number | null = null;
    if (event.key === 'ArrowDown' || event.key === 'j') next = Math.min(index + 1, total - 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = total - 1;
    else if (event.key === 'PageDown') next = Math.min(index + 10, total - 1);
    else if (event.key === 'PageUp') next = Math.max(index - 10, 0);
    else if (event.key === 'Enter' || event.key === ' ') {
      const id = focused?.dataset.id !== undefined ? Number(focused.dataset.id) : selectedId;
      if (id !== null) onOpen(id);
      event.preventDefault();
      return;
    }
    if (next === null || next < 0) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setPendingIndex(next);
  }

  const padTop = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? HEADER_HEIGHT);
  const focusableId = selectedId ?? pages.rowAt(first)?.id ?? null;

  return (
    <div className="pane-scroll" ref={scroller}>
      <table className="library-table" role="grid" aria-label="Library" aria-rowcount={total + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
              return (
                <th key={column.key} className={column.className} aria-sort={ariaSort} scope="col">
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {column.label}
                    <span className={`sort-indicator${active ? ' active' : ''}`} aria-hidden="true">
                      {active && sort.direction === 'desc' ? '▾' : '▴'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          {padTop > 0 ? (
            <tr className="virtual-spacer" aria-hidden="true" style={{ height: padTop }} />
          ) : null}
          {items.map((item) => {
            const doc = pages.rowAt(item.index);
            if (!doc)
              return (
                <PlaceholderRow
                  key={`p${item.index}`}
                  index={item.index}
                  measure={virtualizer.measureElement}
                />
              );
            return (
              // Keyed by position: when new rows arrive (a re-sort, an import), the row the user
              // is on keeps its element and so its focus.
              <LibraryRow
                key={item.index}
                doc={doc}
                index={item.index}
                measure={virtualizer.measureElement}
                selected={doc.id === selectedId}
                opened={doc.id === openedId}
                focusable={doc.id === focusableId}
                checked={checked.has(doc.id)}
                onCheck={onCheck}
                date={formatDate(doc.published_at, 'short')}
                onSelect={(id) => {
                  selectedIndex.current = item.index;
                  onSelect(id);
                }}
                onOpen={onOpen}
              />
            );
          })}
          {padBottom > 0 ? (
            <tr className="virtual-spacer" aria-hidden="true" style={{ height: padBottom }} />
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
