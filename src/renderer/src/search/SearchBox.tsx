import { forwardRef, type KeyboardEvent } from 'react';
import './search.css';

interface Props {
  query: string;
  onChange(query: string): void;
  /** Arrow keys, Enter and Escape while typing drive the results list. */
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  activeDescendant: string | undefined;
  searching: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The search field in the toolbar; Ctrl/Cmd+K or '/' focuses it from anywhere. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { query, onChange, onKeyDown, activeDescendant, searching },
  ref,
) {
  return (
    <div className={`search-box${searching ? ' searching' : ''}`} role="search">
      <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <input
        ref={ref}
        type="search"
        aria-label="Search documents"
        aria-controls="search-results"
        aria-activedescendant={activeDescendant}
        placeholder="Search all documents"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {query ? (
        <button type="button" className="search-clear" aria-label="Clear search" onClick={() => onChange('')}>
          ×
        </button>
      ) : (
        <kbd className="search-hint" aria-hidden="true">
          {isMac ? '⌘K' : 'Ctrl K'}
        </kbd>
      )}
    </div>
  );
});
