import { memo, useMemo, useState } from 'react';
import './library.css';
import type { DocumentSummary } from '../../../shared/model';
import { LibraryTable } from './LibraryTable';
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
  const sorted = useMemo(() => sortDocuments(documents, sort), [documents, sort]);

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
          {loading ? 'Loading…' : `${documents.length} ${documents.length === 1 ? 'document' : 'documents'}`}
        </span>
      </header>
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
          />
        </div>
      )}
    </section>
  );
});
