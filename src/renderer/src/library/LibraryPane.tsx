import { memo, useMemo, useState } from 'react';
import './library.css';
import type { DocumentSummary } from '../../../shared/model';
import { BulkEditBar } from './BulkEditBar';
import { LibraryTable } from './LibraryTable';
import { TrashPanel, useTrash } from './TrashPanel';
import { useChecked } from './useChecked';
import { sortDocuments, type LibrarySort, type LibrarySortKey } from './sortDocuments';

interface Props {
  documents: DocumentSummary[];
  loading: boolean;
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

/** The left pane when no search is active: every document in the project, sortable. */
export const LibraryPane = memo(function LibraryPane({
  documents,
  loading,
  openedId,
  onOpen,
  onImport,
}: Props) {
  const [sort, setSort] = useState<LibrarySort>({ key: 'published_at', direction: 'desc' });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [onePerStory, setOnePerStory] = useState(false);
  // One row per story: a story's first document stands for its reprints (the rest stay in the project).
  const storySizes = useMemo(() => {
    const sizes = new Map<number, number>();
    for (const doc of documents)
      if (doc.story_id !== null) sizes.set(doc.story_id, (sizes.get(doc.story_id) ?? 0) + 1);
    return sizes;
  }, [documents]);
  const shown = useMemo(
    () =>
      onePerStory ? documents.filter((doc) => doc.story_id === null || doc.story_id === doc.id) : documents,
    [documents, onePerStory],
  );
  const sorted = useMemo(() => sortDocuments(shown, sort), [shown, sort]);
  const checks = useChecked(sorted);
  const trash = useTrash();
  const [showTrash, setShowTrash] = useState(false);

  function onSort(key: LibrarySortKey): void {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: FIRST_DIRECTION[key] },
    );
  }

  return (
    <section className="list-pane" aria-label="Library">
      <header className="pane-header library-header">
        {/* The tab above names the pane; the heading stays for screen readers. */}
        <h2 className="visually-hidden">Library</h2>
        <span className="pane-count" aria-live="polite">
          {loading
            ? 'Loading…'
            : `${shown.length} ${onePerStory ? (shown.length === 1 ? 'story' : 'stories') : shown.length === 1 ? 'document' : 'documents'}`}
        </span>
        {storySizes.size > 0 ? (
          <label className="story-toggle" title="Show reprints and re-posts of one story as one row">
            <input
              type="checkbox"
              checked={onePerStory}
              onChange={(event) => setOnePerStory(event.target.checked)}
            />
            One row per story
          </label>
        ) : null}
        {trash.length > 0 ? (
          <button
            type="button"
            className="link-button trash-toggle"
            aria-expanded={showTrash}
            onClick={() => setShowTrash((shown) => !shown)}
          >
            Trash ({trash.length})
          </button>
        ) : null}
      </header>
      {showTrash && trash.length > 0 ? <TrashPanel trash={trash} /> : null}
      {checks.ids.length > 0 ? <BulkEditBar ids={checks.ids} onClear={checks.clear} /> : null}
      {!loading && documents.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">Your library is empty</p>
          <p>Import .txt or .md files, or drop them anywhere on this window.</p>
          <button type="button" className="button primary" onClick={onImport}>
            Import…
          </button>
        </div>
      ) : (
        <div className="pane-scroll">
          <LibraryTable
            documents={sorted}
            sort={sort}
            onSort={onSort}
            selectedId={selectedId ?? openedId}
            openedId={openedId}
            onSelect={setSelectedId}
            onOpen={onOpen}
            checked={checks.checked}
            onCheck={checks.toggle}
            storySizes={onePerStory ? storySizes : undefined}
          />
        </div>
      )}
    </section>
  );
});
