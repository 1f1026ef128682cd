import { memo, useDeferredValue, useMemo, useState } from 'react';
import './library.css';
import { BulkEditBar } from './BulkEditBar';
import { LibraryTable } from './LibraryTable';
import type { LibrarySort, LibrarySortKey } from './librarySort';
import { TrashPanel, useTrash } from './TrashPanel';
import { useChecked } from './useChecked';
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
  // One row per story: a story's first document stands for its reprints (the rest stay in the project).
  const [onePerStory, setOnePerStory] = useState(false);
  const query = useMemo(
    () => ({
      sort: sort.key,
      direction: sort.direction,
      filter: {
        ...(deferredFilter ? { text: deferredFilter } : {}),
        ...(onePerStory ? { one_per_story: true } : {}),
      },
    }),
    [sort, deferredFilter, onePerStory],
  );
  const pages = useLibraryPages(query);
  const checks = useChecked(pages);
  const trash = useTrash();
  const [showTrash, setShowTrash] = useState(false);

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
        : `${shown.toLocaleString('en')} ${onePerStory ? (shown === 1 ? 'story' : 'stories') : shown === 1 ? 'document' : 'documents'}`;

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
        {projectCount !== 0 ? (
          <label className="story-toggle" title="Reprints and re-posts of one story show as one row">
            <input
              type="checkbox"
              checked={onePerStory}
              onChange={(event) => setOnePerStory(event.target.checked)}
            />
            One row per story
          </label>
        ) : null}
        {(trash.total ?? 0) > 0 ? (
          <button
            type="button"
            className="link-button trash-toggle"
            aria-expanded={showTrash}
            onClick={() => setShowTrash((shown) => !shown)}
          >
            Trash ({(trash.total ?? 0).toLocaleString('en')})
          </button>
        ) : null}
      </header>
      {showTrash && (trash.total ?? 0) > 0 ? <TrashPanel trash={trash} /> : null}
      {checks.ids.length > 0 ? <BulkEditBar ids={checks.ids} onClear={checks.clear} /> : null}
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
          checked={checks.checked}
          onCheck={checks.toggle}
        />
      )}
    </section>
  );
});
