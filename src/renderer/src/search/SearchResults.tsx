import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import './search.css';
import type { SearchHit } from '../../../shared/model';
import { unrankedNotice } from '../../../shared/search/unrankedNotice';
import { FacetPanel } from './FacetPanel';
import { HitRow, NoteHitRow, hitElementId } from './HitRow';
import { useFacets } from './useFacets';
import type { SearchState, SearchSort } from './useSearch';

export { hitElementId };

interface Props {
  query: string;
  search: SearchState;
  sort: SearchSort;
  onSort(sort: SearchSort): void;
  activeIndex: number;
  openedId: number | null;
  onActivate(index: number): void;
  onOpen(hit: SearchHit): void;
  onOpenNote(id: number): void;
  onClear(): void;
  /** Adds a filter to the query (a facet was clicked). */
  onRefine(filter: string): void;
  /** Opens "Code all hits…" for the current query. */
  onCodeAll(): void;
  /** Shows every occurrence in context (KWIC) in the centre. */
  onConcordance(): void;
}

const ESTIMATED_ROW = 132;

/**
 * The left pane while a query is present: facets to narrow it, matching notes, then the ranked
 * (or newest-first) documents with their snippets — a virtual list that loads the next page from
 * the engine as it nears its end, so 100,000 hits cost what one screenful costs.
 */
export function SearchResults({
  query,
  search,
  sort,
  onSort,
  activeIndex,
  openedId,
  onActivate,
  onOpen,
  onOpenNote,
  onClear,
  onRefine,
  onCodeAll,
  onConcordance,
}: Props) {
  const { result, hits, searching, problem, loadMore } = search;
  const scroller = useRef<HTMLDivElement>(null);
  const facets = useFacets(result && !searching ? result.query : null);
  const more = result !== null && hits.length < result.total;
  const virtualizer = useVirtualizer({
    count: hits.length + (more ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (more && last >= hits.length - 5) loadMore();
  }, [more, last, hits.length, loadMore]);

  useEffect(() => {
    if (activeIndex < hits.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, hits.length, virtualizer]);

  // A new answer starts at the top.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [result]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'j')
      onActivate(Math.min(activeIndex + 1, hits.length - 1));
    else if (event.key === 'ArrowUp' || event.key === 'k') onActivate(Math.max(activeIndex - 1, 0));
    else if (event.key === 'Home') onActivate(0);
    else if (event.key === 'End') onActivate(hits.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') {
      const hit = hits[activeIndex];
      if (hit) onOpen(hit);
    } else if (event.key === 'Escape') onClear();
    else return;
    event.preventDefault();
  }

  const shown = result?.query === query.trim() || !searching;
  const notes = result?.notes ?? [];
  return (
    <section className="list-pane" aria-label="Search results">
      <header className="pane-header">
        <h2>Search</h2>
        <span className="search-actions">
          <span className="pane-count" aria-live="polite">
            {result && shown ? (
              <>
                {result.total.toLocaleString()} {result.total === 1 ? 'result' : 'results'}
                <span className="elapsed"> · {Math.max(0, Math.round(result.elapsed_ms))} ms</span>
              </>
            ) : searching ? (
              'Searching…'
            ) : null}
          </span>
          <span className="search-sort" role="group" aria-label="Order of results">
            {(['rank', 'date'] as const).map((value) => (
              <button key={value} type="button" aria-pressed={sort === value} onClick={() => onSort(value)}>
                {value === 'rank' ? 'Best match' : 'Newest'}
              </button>
            ))}
          </span>
        </span>
      </header>
      {result?.unranked && shown && hits.length > 0 ? (
        <p className="search-notice" role="note">
          {unrankedNotice(result.query, result.unranked.share)}
        </p>
      ) : null}
      {result && shown && hits.length > 0 ? (
        <div className="search-tools">
          <button
            type="button"
            className="button small"
            onClick={onConcordance}
            title="Every occurrence with its left and right context"
          >
            Concordance
          </button>
          <button
            type="button"
            className="button small"
            onClick={onCodeAll}
            title="Code every hit of this search with one tag (one undo step)"
          >
            Code all hits…
          </button>
        </div>
      ) : null}
      {problem && !searching ? (
        <div className="empty-state" role="status">
          <p className="empty-title">Cannot search for “{query.trim()}”</p>
          <p>{problem}</p>
        </div>
      ) : !result && !searching ? (
        <div className="empty-state">
          <p>The search did not run.</p>
        </div>
      ) : result && hits.length === 0 && notes.length === 0 && !searching ? (
        <div className="empty-state">
          <p className="empty-title">No documents match “{result.query}”</p>
          <p>
            Names are matched across spellings (Lawrow, Лавров, Lavrov), words in all their forms (sanction,
            sanctions). Try fewer words or filters, or a word’s beginning.
          </p>
          <button type="button" className="button" onClick={onClear}>
            Back to the library
          </button>
        </div>
      ) : (
        <>
          {shown ? <FacetPanel facets={facets} onRefine={onRefine} /> : null}
          {notes.length > 0 && shown ? (
            <section className="note-hits" aria-label="Matching notes">
              {notes.map((note) => (
                <NoteHitRow key={note.id} note={note} onOpen={() => onOpenNote(note.id)} />
              ))}
            </section>
          ) : null}
          <div
            ref={scroller}
            id="search-results"
            className={`results pane-scroll${searching ? ' stale' : ''}`}
            role="listbox"
            aria-label={`Results for ${query}`}
            data-result-query={result?.query ?? ''}
            tabIndex={0}
            aria-activedescendant={hits[activeIndex] ? hitElementId(hits[activeIndex]) : undefined}
            onKeyDown={onKeyDown}
          >
            <div className="results-space" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => {
                const hit = hits[item.index];
                return (
                  <div
                    // Keyed by query too: a new answer's rows are measured afresh, not given the old heights.
                    key={hit ? `${result?.query}:${hit.id}` : 'more'}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    className="results-row"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    {hit ? (
                      <HitRow
                        hit={hit}
                        active={item.index === activeIndex}
                        opened={hit.id === openedId}
                        onClick={() => {
                          onActivate(item.index);
                          onOpen(hit);
                        }}
                      />
                    ) : (
                      <p className="results-more">Loading more…</p>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
