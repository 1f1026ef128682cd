import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/model';
import { DropOverlay } from '../import/DropOverlay';
import { ImportButton, type ImportButtonHandle } from '../import/ImportButton';
import { ImportPanel } from '../import/ImportPanel';
import { useFileDrop } from '../import/useFileDrop';
import { useImport } from '../import/useImport';
import { LibraryOverview } from '../library/LibraryOverview';
import { LibraryPane } from '../library/LibraryPane';
import { useDocuments } from '../library/useDocuments';
import { DocumentDetails } from '../reader/DocumentDetails';
import { ReaderPane, type ReaderTarget } from '../reader/ReaderPane';
import { useDocument } from '../reader/useDocument';
import { SearchBox } from '../search/SearchBox';
import { SearchResults, hitElementId } from '../search/SearchResults';
import { useSearch } from '../search/useSearch';
import { StatusBar } from './StatusBar';
import { useShortcut } from './useShortcut';

/**
 * The three panes: the list on the left (the library, or search results while a query is
 * present), the reader in the center and the open document's details on the right.
 */
export function Workbench() {
  const library = useDocuments();
  const [query, setQuery] = useState('');
  const search = useSearch(query);
  const [activeHit, setActiveHit] = useState(0);
  const [target, setTarget] = useState<ReaderTarget | null>(null);
  const opened = useDocument(target?.id ?? null);
  const searchInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<ImportButtonHandle>(null);
  const importer = useImport(library.reload);
  const dragging = useFileDrop(importer.importFiles);

  const searching = query.trim() !== '';
  const hits = search.result?.hits ?? [];

  useEffect(() => setActiveHit(0), [search.result]);

  useEffect(() => {
    window.document.title = opened.document ? `${opened.document.title} — Lectern` : 'Lectern';
  }, [opened.document]);

  useShortcut(
    (event) =>
      (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !event.ctrlKey && !event.metaKey),
    () => {
      searchInput.current?.focus();
      searchInput.current?.select();
    },
  );

  const openHit = useCallback(
    (hit: SearchHit) => {
      const result = search.result;
      setTarget({
        id: hit.id,
        hit: { offset: hit.hit_offset, terms: result?.terms ?? [], query: result?.query ?? query },
      });
    },
    [search.result, query],
  );

  const clearSearch = useCallback(() => {
    setQuery('');
    searchInput.current?.focus();
  }, []);

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (query) setQuery('');
      else searchInput.current?.blur();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveHit((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveHit((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeHit];
      if (hit) openHit(hit);
    }
  }

  const activeDescendant = searching && hits[activeHit] ? hitElementId(hits[activeHit]) : undefined;

  return (
    <div className="app">
      <header className="toolbar">
        <div className="brand" aria-label="Lectern">
          <svg viewBox="0 0 20 20" aria-hidden="true" className="brand-mark">
            <path
              d="M4 3.5h8.5L16 7v9.5H4z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
              strokeLinejoin="round"
            />
            <path d="M7 9h6M7 11.5h6M7 14h4" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
          <span>Lectern</span>
        </div>
        <SearchBox
          ref={searchInput}
          query={query}
          onChange={setQuery}
          onKeyDown={onSearchKeyDown}
          activeDescendant={activeDescendant}
          searching={search.searching}
        />
        <div className="toolbar-actions">
          <ImportButton
            ref={importButton}
            busy={importer.state.phase === 'running'}
            onFiles={importer.importFiles}
          />
        </div>
      </header>
      <main className="panes">
        {searching ? (
          <SearchResults
            query={query}
            result={search.result}
            searching={search.searching}
            problem={search.problem}
            activeIndex={activeHit}
            openedId={target?.id ?? null}
            onActivate={setActiveHit}
            onOpen={openHit}
            onClear={clearSearch}
          />
        ) : (
          <LibraryPane
            documents={library.documents}
            loading={library.loading}
            openedId={target?.id ?? null}
            onOpen={(id) => setTarget({ id })}
            onImport={() => importButton.current?.open()}
          />
        )}
        <ReaderPane
          target={target}
          document={opened.document}
          loading={opened.loading}
          onClearHighlights={() => setTarget((t) => (t ? { id: t.id } : t))}
        />
        <DocumentDetails
          document={opened.document}
          fallback={<LibraryOverview documents={library.documents} />}
        />
      </main>
      <StatusBar documentCount={library.documents.length} />
      {importer.state.phase !== 'idle' ? (
        <ImportPanel state={importer.state} onDismiss={importer.dismiss} onOpen={(id) => setTarget({ id })} />
      ) : null}
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
