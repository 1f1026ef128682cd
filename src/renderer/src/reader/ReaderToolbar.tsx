import type { ReactNode } from 'react';
import { StepMatch } from './StepMatch';
import type { TermNavigation } from './useTermNavigation';

interface Props {
  back: { label: string; go(): void } | null;
  /** Search terms highlighted in the text; with some, the bar steps through their matches. */
  terms: readonly string[];
  query: string | undefined;
  navigation: TermNavigation;
  showOriginal: boolean;
  onToggleOriginal(): void;
  onClearHighlights(): void;
  /** Find in document (Ctrl/⌘+F) while it is open: shown in place of the search's matches. */
  find: ReactNode;
  /** "372 words · 6 coded passages". */
  status: ReactNode;
  /** Which keys to suggest: a selection can be coded, a caret can select. */
  hint: 'selecting' | 'caret' | null;
}

/** Above the text: back to the list it came from, the search matches or the counts, the original. */
export function ReaderToolbar({
  back,
  terms,
  query,
  navigation,
  showOriginal,
  onToggleOriginal,
  onClearHighlights,
  find,
  status,
  hint,
}: Props) {
  return (
    <div className="reader-toolbar">
      {back ? (
        <button type="button" className="button back-button" onClick={back.go}>
          <span aria-hidden="true">←</span> {back.label}
        </button>
      ) : null}
      {find ? (
        find
      ) : terms.length > 0 && !showOriginal ? (
        <div className="term-nav" role="group" aria-label="Search matches in this document">
          <StepMatch navigation={navigation} by={-1} />
          <span className="term-count" aria-live="polite">
            {navigation.count === 0 ? 'No matches shown' : `${navigation.current + 1} of ${navigation.count}`}
          </span>
          <StepMatch navigation={navigation} by={1} />
          <span className="term-chip" title="Highlighted search terms">
            {query}
            <button type="button" aria-label="Clear highlights" onClick={onClearHighlights}>
              ×
            </button>
          </span>
        </div>
      ) : (
        <span className="reader-toolbar-label">{showOriginal ? 'Original text, as imported' : status}</span>
      )}
      <span className="reader-hint" aria-live="polite">
        {showOriginal ? null : hint === 'selecting' ? (
          <>
            <kbd>T</kbd> code · <kbd>Esc</kbd> cancel
          </>
        ) : hint === 'caret' ? (
          <>
            <kbd>⇧</kbd>
            <kbd>←</kbd>
            <kbd>→</kbd> select
          </>
        ) : null}
      </span>
      <button
        type="button"
        className={`button toggle${showOriginal ? ' on' : ''}`}
        aria-pressed={showOriginal}
        onClick={onToggleOriginal}
        title="Switch between the clean text and the file exactly as imported"
      >
        Show original
      </button>
    </div>
  );
}
