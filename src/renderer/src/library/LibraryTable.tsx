import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { formatDate } from '../app/formatDate';
import { LanguageBadge } from './LanguageBadge';
import type { LibrarySort, LibrarySortKey } from './sortDocuments';

interface Props {
  documents: DocumentSummary[];
  sort: LibrarySort;
  onSort(key: LibrarySortKey): void;
  selectedId: number | null;
  openedId: number | null;
  onSelect(id: number): void;
  onOpen(id: number): void;
  /** Rows checked for a bulk edit, and how a click on a checkbox changes them (shift: a range). */
  checked?: ReadonlySet<number>;
  onCheck?(id: number, range: boolean): void;
  /** Documents per story, when the library shows one row per story. */
  storySizes?: ReadonlyMap<number, number>;
}

const COLUMNS: Array<{ key: LibrarySortKey; label: string; className: string }> = [
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'published_at', label: 'Date', className: 'col-date' },
  { key: 'source', label: 'Source', className: 'col-source' },
  { key: 'language', label: 'Lang', className: 'col-lang' },
];

export const FIRST_SENTENCE_TOOLTIP = 'No headline found: this title was made from the first sentence';

/** The document table: sortable columns, one selected row, Up/Down/j/k to move, Enter to open. */
export function LibraryTable({
  documents,
  sort,
  onSort,
  selectedId,
  openedId,
  onSelect,
  onOpen,
  checked,
  onCheck,
  storySizes,
}: Props) {
  const body = useRef<HTMLTableSectionElement>(null);

  // Keep the selected row visible when it moves by keyboard or after a re-sort.
  useEffect(() => {
    body.current?.querySelector('tr[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, sort]);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // The row with focus is where the user is, even before anything was selected.
    const focused = (event.target as HTMLElement).closest('tr')?.dataset.id;
    const current = focused !== undefined ? Number(focused) : selectedId;
    const index = documents.findIndex((d) => d.id === current);
    let next: number | null = null;
    if (event.key === 'ArrowDown' || event.key === 'j') next = Math.min(index + 1, documents.length - 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = documents.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      if (current !== null) onOpen(current);
      event.preventDefault();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    const doc = documents[next];
    if (!doc) return;
    onSelect(doc.id);
    body.current?.querySelector<HTMLElement>(`tr[data-id="${doc.id}"]`)?.focus();
  }

  const focusableId = selectedId ?? documents[0]?.id ?? null;

  return (
    <table className="library-table" role="grid" aria-label="Library" aria-rowcount={documents.length + 1}>
      <thead>
        <tr>
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
        {documents.map((doc) => {
          const date = formatDate(doc.published_at, 'short');
          const made = doc.title_origin === 'first-sentence';
          return (
            <tr
              key={doc.id}
              data-id={doc.id}
              aria-selected={doc.id === selectedId}
              className={doc.id === openedId ? 'opened' : undefined}
              tabIndex={doc.id === focusableId ? 0 : -1}
              onFocus={() => onSelect(doc.id)}
              onClick={() => {
                onSelect(doc.id);
                onOpen(doc.id);
              }}
            >
              <td className="col-title">
                {/* The check box sits in the title cell, so the columns stay where they were. */}
                {onCheck ? (
                  <input
                    type="checkbox"
                    className="row-check"
                    aria-label={`Check “${doc.title}”`}
                    checked={checked?.has(doc.id) ?? false}
                    onChange={() => undefined}
                    onClick={(event) => {
                      event.stopPropagation();
                      onCheck(doc.id, event.shiftKey);
                    }}
                  />
                ) : null}
                <span
                  className={made ? 'doc-title made-title' : 'doc-title'}
                  title={made ? `${doc.title}\n${FIRST_SENTENCE_TOOLTIP}` : doc.title}
                >
                  {doc.title}
                </span>
                {doc.author ? <span className="doc-author">{doc.author}</span> : null}
                {(storySizes?.get(doc.id) ?? 0) > 1 ? (
                  <span
                    className="story-count"
                    title="The same story in other documents (reprints, re-posts)"
                  >
                    same story in {storySizes!.get(doc.id)}
                  </span>
                ) : null}
              </td>
              <td className="col-date" title={formatDate(doc.published_at) ?? 'No date found in the text'}>
                {date ?? <span className="muted">—</span>}
              </td>
              <td className="col-source" title={doc.source ?? 'No source found in the text'}>
                {doc.source ?? <span className="muted">—</span>}
              </td>
              <td className="col-lang">
                <LanguageBadge language={doc.language} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
