import { useEffect, useRef, type KeyboardEvent } from 'react';
import './search.css';
import type { SearchHit, SearchResult } from '../../../shared/model';
import { formatDate } from '../app/formatDate';
import { LanguageBadge } from '../library/LanguageBadge';
import { FIRST_SENTENCE_TOOLTIP } from '../library/LibraryTable';
import { Snippet } from './Snippet';

interface Props {
  query: string;
  result: SearchResult | null;
  searching: boolean;
  problem: string | null;
  activeIndex: number;
  openedId: number | null;
  onActivate(index: number): void;
  onOpen(hit: SearchHit): void;
  onClear(): void;
  /** Opens "Code all hits…" for the current query. */
  onCodeAll(): void;
}

export function hitElementId(hit: SearchHit): string {
  return `hit-${hit.id}`;
}

/** The left pane while a query is present: ranked hits with their snippets. */
export function SearchResults({
  query,
  result,
  searching,
  problem,
  activeIndex,
  openedId,
  onActivate,
  onOpen,
  onClear,
  onCodeAll,
}: Props) {
  const list = useRef<HTMLUListElement>(null);
  const hits = result?.hits ?? [];

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, result]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
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
  return (
    <section className="list-pane" aria-label="Search results">
      <header className="pane-header">
        <h2>Search</h2>
        <span className="search-actions">
          <span className="pane-count" aria-live="polite">
            {result && shown ? (
              <>
                {result.total} {result.total === 1 ? 'result' : 'results'}
                <span className="elapsed"> · {Math.max(0, Math.round(result.elapsed_ms))} ms</span>
              </>
            ) : searching ? (
              'Searching…'
            ) : null}
          </span>
          {result && shown && hits.length > 0 ? (
            <button
              type="button"
              className="button small"
              onClick={onCodeAll}
              title="Code every hit of this search with one tag (one undo step)"
            >
              Code all hits…
            </button>
          ) : null}
        </span>
      </header>
      {problem && !searching ? (
        <div className="empty-state" role="status">
          <p className="empty-title">Cannot search for “{query.trim()}”</p>
          <p>{problem}</p>
        </div>
      ) : !result && !searching ? (
        <div className="empty-state">
          <p>The search did not run.</p>
        </div>
      ) : result && hits.length === 0 && !searching ? (
        <div className="empty-state">
          <p className="empty-title">No documents match “{result.query}”</p>
          <p>
            Names are matched across spellings (Lawrow, Лавров, Lavrov). Try fewer words, or a word’s
            beginning.
          </p>
          <button type="button" className="button" onClick={onClear}>
            Back to the library
          </button>
        </div>
      ) : (
        <ul
          ref={list}
          id="search-results"
          className={`results pane-scroll${searching ? ' stale' : ''}`}
          role="listbox"
          aria-label={`Results for ${query}`}
          tabIndex={0}
          aria-activedescendant={hits[activeIndex] ? hitElementId(hits[activeIndex]) : undefined}
          onKeyDown={onKeyDown}
        >
          {hits.map((hit, index) => (
            <HitRow
              key={hit.id}
              hit={hit}
              active={index === activeIndex}
              opened={hit.id === openedId}
              onClick={() => {
                onActivate(index);
                onOpen(hit);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function HitRow({
  hit,
  active,
  opened,
  onClick,
}: {
  hit: SearchHit;
  active: boolean;
  opened: boolean;
  onClick(): void;
}) {
  const made = hit.title_origin === 'first-sentence';
  const meta = [hit.source, formatDate(hit.published_at, 'short')].filter(Boolean).join(' · ');
  return (
    <li
      id={hitElementId(hit)}
      role="option"
      aria-selected={active}
      className={`result${opened ? ' opened' : ''}`}
      onClick={onClick}
    >
      <div className="result-head">
        <span
          className={made ? 'result-title made-title' : 'result-title'}
          title={made ? FIRST_SENTENCE_TOOLTIP : undefined}
        >
          {hit.title}
        </span>
        <LanguageBadge language={hit.language} />
      </div>
      <div className="result-meta">
        {meta || <span className="muted">No source or date</span>}
        <span className="result-count">
          {hit.hit_count} {hit.hit_count === 1 ? 'match' : 'matches'}
        </span>
      </div>
      <Snippet text={hit.snippet} highlights={hit.highlights} />
    </li>
  );
}
