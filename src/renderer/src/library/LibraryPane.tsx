import { memo, useDeferredValue, useMemo, useState } from 'react';
import './library.css';
import { LibraryTable } from './LibraryTable';
import type { LibrarySort, LibrarySortKey } from './librarySort';
import { useLibraryPages } from './useLibraryPages';

interface Props {
  /** Documents in the project (from the overview); null while it loads. */
  projectCount: number | null;
  openedId: number | null;
  onOpen(id: number): void;
  onImport(): void;
}

/** Sensible first direction per column: newest first for dates, A→Z for the rest. */
const FIRST_DIRECTION: Record<LibrarySortKey, 'asc' | 'desc'> = {
  title: 'asc',
  published_at: 'desc',
  source: 'asc',
  language: 'asc',
};

/** The left pane when no search is active: every document in the project, sortable and filterable. */
export const LibraryPane = memo(function LibraryPane({ projectCount, openedId, onOpen, onImport }: Props) {
  const [sort, setSort] = useState<LibrarySort>({ key: 'published_at', direction: 'desc' });
  const [filterText, setFilterText] = useState('');
  // Typing stays responsive; the engine is asked for the settled text.
  const deferredFilter = useDeferredValue(filterText.trim());
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const query = useMemo(
    () => ({
      sort: sort.key,
      direction: sort.direction,
      filter: deferredFilter ? { text: deferredFilter } : {},
    }),
    [sort, deferredFilter],
  );
  const pages = useLibraryPages(query);

  function onSort(key: LibrarySortKey): void {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: FIRST_DIRECTION[key] },
    );
  }

  const loading = pages.total === null || projectCount === null;
  const filtered = deferredFilter !== '';
  const shown = pages.total ?? 0;
  // Until the new order's or filter's rows arrive, the old count would say something untrue.
  const count =
    loading || !pages.settled
      ? 'Loading…'
      : filtered
        ? `${shown.toLocaleString('en')} of ${(projectCount ?? 0).toLocaleString('en')}`
        : `${shown.toLocaleString('en')} ${shown === 1 ? 'document' : 'documents'}`;

  return (
    <section className="list-pane" aria-label="Library" aria-busy={!pages.settled}>
      <header className="pane-header library-header">
        {/* The tab above names the pane; the heading stays for screen readers. */}
        <h2 className="visually-hidden">Library</h2>
        {projectCount !== 0 ? (
          <input
            type="search"
            className="library-filter"
            placeholder="Filter titles"
            aria-label="Filter the library by title"
            value={filterText}
            onChange={(event) => setFilterText(event.target.value)}
          />
        ) : null}
        <span className="pane-count" aria-live="polite">
          {count}
        </span>
      </header>
      {!loading && projectCount === 0 ? (
        <div className="empty-state">
          <p className="empty-title">Your library is empty</p>
          <p>Import .txt or .md files, or drop them anywhere on this window.</p>
          <button type="button" className="button primary" onClick={onImport}>
            Import…
          </button>
        </div>
      ) : !loading && pages.settled && filtered && shown === 0 ? (
        <div className="empty-state">
          <p>No title contains “{deferredFilter}”.</p>
        </div>
      ) : (
        <LibraryTable
          pages={pages}
          sort={sort}
          onSort={onSort}
          selectedId={selectedId ?? openedId}
          openedId={openedId}
          onSelect={setSelectedId}
          onOpen={onOpen}
        />
      )}
    </section>
  );
});
