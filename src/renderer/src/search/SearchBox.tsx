import { forwardRef, useMemo, useState, type KeyboardEvent } from 'react';
import './search.css';
import { parseSearchQuery } from '../../../shared/search/parseSearchQuery';
import { searchSuggestions, type Suggestion } from './searchSuggestions';
import type { SearchHistory } from './useSearchHistory';

interface Props {
  query: string;
  onChange(query: string): void;
  /** Arrow keys, Enter and Escape while typing drive the results list (when no suggestion list is open). */
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  activeDescendant: string | undefined;
  searching: boolean;
  history: SearchHistory;
  /** Tag paths for `tag:` completion. */
  tagPaths: readonly string[];
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The search field in the toolbar; Ctrl/Cmd+K or '/' focuses it from anywhere. A mistake in the
 * query is underlined where it stands, with the parser's message below; filter names and values
 * are offered as they are typed (Tab takes one), and an empty box offers saved and recent searches.
 */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { query, onChange, onKeyDown, activeDescendant, searching, history, tagPaths },
  ref,
) {
  const [caret, setCaret] = useState(0);
  const [focused, setFocused] = useState(false);
  const [selected, setSelected] = useState(-1);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const error = useMemo(() => (query.trim() ? (parseSearchQuery(query).errors[0] ?? null) : null), [query]);
  const suggestions = useMemo(
    () =>
      focused && dismissed !== query
        ? searchSuggestions(query, caret, { tags: tagPaths, saved: history.saved, history: history.history })
        : [],
    [focused, dismissed, query, caret, tagPaths, history.saved, history.history],
  );
  const open = suggestions.length > 0;
  const saved = history.saved.some((item) => item.query === query.trim());

  function choose(suggestion: Suggestion, input: HTMLInputElement): void {
    onChange(suggestion.query);
    setSelected(-1);
    setCaret(suggestion.caret);
    requestAnimationFrame(() => input.setSelectionRange(suggestion.caret, suggestion.caret));
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const input = event.currentTarget;
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // -1 is the box itself: stepping past either end comes back to it.
        setSelected((index) => {
          const next = index + step;
          return next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next;
        });
        return;
      }
      // Tab completes a filter being typed; in the empty box (saved and recent searches) it moves on.
      if (event.key === 'Tab' && !event.shiftKey && (query.trim() !== '' || selected >= 0)) {
        event.preventDefault();
        choose(suggestions[Math.max(0, selected)]!, input);
        return;
      }
      if (event.key === 'Enter' && selected >= 0 && suggestions[selected]) {
        event.preventDefault();
        choose(suggestions[selected], input);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(query);
        return;
      }
    }
    if (event.key === 'Enter' && !error) history.remember(query);
    onKeyDown(event);
  }

  const before = error ? query.slice(0, error.start) : '';
  const wrong = error ? query.slice(error.start, Math.max(error.end, error.start + 1)) : '';
  return (
    <div className={`search-box${searching ? ' searching' : ''}${error ? ' invalid' : ''}`} role="search">
      <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <div className="search-field">
        {error ? (
          <div className="search-mirror" aria-hidden="true">
            {before}
            <span className="query-error">{wrong}</span>
          </div>
        ) : null}
        <input
          ref={ref}
          type="search"
          aria-label="Search documents"
          aria-controls="search-results"
          aria-activedescendant={open && selected >= 0 ? `suggestion-${selected}` : activeDescendant}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'search-error' : undefined}
          aria-autocomplete="list"
          aria-expanded={open}
          placeholder="Search documents and notes — lang:de date:2022-06 tag:…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            onChange(event.target.value);
            setCaret(event.target.selectionStart ?? event.target.value.length);
            setSelected(-1);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
          onFocus={() => {
            setFocused(true);
            setDismissed(null);
          }}
          onBlur={() => {
            setFocused(false);
            if (!error) history.remember(query);
          }}
          onKeyDown={keyDown}
        />
      </div>
      {query.trim() ? (
        <button
          type="button"
          className={`search-save${saved ? ' saved' : ''}`}
          aria-label={saved ? 'Remove from saved searches' : 'Save this search'}
          aria-pressed={saved}
          title={saved ? 'Saved in this project (click to remove)' : 'Save this search in the project'}
          onClick={() => history.toggleSaved(query)}
        >
          {saved ? '★' : '☆'}
        </button>
      ) : null}
      {query ? (
        <button type="button" className="search-clear" aria-label="Clear search" onClick={() => onChange('')}>
          ×
        </button>
      ) : (
        <kbd className="search-hint" aria-hidden="true">
          {isMac ? '⌘K' : 'Ctrl K'}
        </kbd>
      )}
      {open ? (
        <ul className="search-suggestions" role="listbox" aria-label="Suggestions">
          {suggestions.map((suggestion, index) => (
            <li
              key={`${suggestion.kind}:${suggestion.label}`}
              id={`suggestion-${index}`}
              role="option"
              aria-selected={index === selected}
              className={`suggestion ${suggestion.kind}`}
              onMouseDown={(event) => {
                event.preventDefault();
                const input = event.currentTarget.closest('.search-box')?.querySelector('input');
                if (input) choose(suggestion, input);
              }}
            >
              <span className="suggestion-kind">
                {suggestion.kind === 'saved' ? '★' : suggestion.kind === 'recent' ? '↺' : ''}
              </span>
              <span className="suggestion-label">{suggestion.label}</span>
              {suggestion.detail ? <span className="suggestion-detail">{suggestion.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : error ? (
        <div id="search-error" className="search-error">
          {error.message}
        </div>
      ) : null}
    </div>
  );
});
