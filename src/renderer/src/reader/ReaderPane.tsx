import { useRef, useState } from 'react';
import './reader.css';
import type { DocumentDetail } from '../../../shared/model';
import { FIRST_SENTENCE_TOOLTIP } from '../library/LibraryTable';
import { MetaLine } from './MetaLine';
import { ReaderBody } from './ReaderBody';
import { useTermNavigation } from './useTermNavigation';

export interface ReaderTarget {
  id: number;
  /** Set when opened from a search hit: where to scroll and which folded terms to mark. */
  hit?: { offset: number; terms: string[]; query: string };
}

interface Props {
  target: ReaderTarget | null;
  document: DocumentDetail | null;
  loading: boolean;
  onClearHighlights(): void;
}

const NO_TERMS: string[] = [];

/** The center pane: one document for long reading, or its original text on request. */
export function ReaderPane({ target, document, loading, onClearHighlights }: Props) {
  // Remembered per document: opening another one always starts on the clean text.
  const [originalOf, setOriginalOf] = useState<number | null>(null);
  const showOriginal = document !== null && originalOf === document.id;
  const scroller = useRef<HTMLDivElement>(null);
  const terms = target?.hit?.terms ?? NO_TERMS;

  const navigation = useTermNavigation(
    scroller,
    `${document?.id}:${showOriginal}:${terms.join(' ')}`,
    document && !showOriginal && target?.hit ? target.hit.offset : null,
  );

  if (!document) {
    return (
      <section className="reader-pane" aria-label="Reader">
        <div className="reader-empty">
          {loading || target ? (
            <p className="muted">Opening…</p>
          ) : (
            <>
              <p className="empty-title">Select a document to read</p>
              <dl className="shortcut-list">
                <dt>
                  <kbd>Ctrl</kbd> <kbd>K</kbd> or <kbd>/</kbd>
                </dt>
                <dd>Search every document</dd>
                <dt>
                  <kbd>↑</kbd> <kbd>↓</kbd> or <kbd>j</kbd> <kbd>k</kbd>
                </dt>
                <dd>Move through the list</dd>
                <dt>
                  <kbd>Enter</kbd>
                </dt>
                <dd>Open in the reader</dd>
                <dt>
                  <kbd>Esc</kbd>
                </dt>
                <dd>Leave the search</dd>
              </dl>
            </>
          )}
        </div>
      </section>
    );
  }

  const made = document.title_origin === 'first-sentence';
  return (
    <section className="reader-pane" aria-label="Reader">
      <div className="reader-toolbar">
        {terms.length > 0 && !showOriginal ? (
          <div className="term-nav" role="group" aria-label="Search matches in this document">
            <button
              type="button"
              className="icon-button"
              aria-label="Previous match"
              disabled={navigation.count === 0}
              onClick={() => navigation.go(navigation.current - 1)}
            >
              ‹
            </button>
            <span className="term-count" aria-live="polite">
              {navigation.count === 0
                ? 'No matches shown'
                : `${navigation.current + 1} of ${navigation.count}`}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label="Next match"
              disabled={navigation.count === 0}
              onClick={() => navigation.go(navigation.current + 1)}
            >
              ›
            </button>
            <span className="term-chip" title="Highlighted search terms">
              {target?.hit?.query}
              <button type="button" aria-label="Clear highlights" onClick={onClearHighlights}>
                ×
              </button>
            </span>
          </div>
        ) : (
          <span className="reader-toolbar-label">
            {showOriginal
              ? 'Original text, as imported'
              : `${document.word_count.toLocaleString('en')} words`}
          </span>
        )}
        <button
          type="button"
          className={`button toggle${showOriginal ? ' on' : ''}`}
          aria-pressed={showOriginal}
          onClick={() => setOriginalOf(showOriginal ? null : document.id)}
          title="Switch between the clean text and the file exactly as imported"
        >
          Show original
        </button>
      </div>
      <div className="reader-scroll" ref={scroller} tabIndex={0} aria-label="Document text">
        <article className="reader-article" lang={document.language ?? undefined}>
          <header className="reader-header">
            <h1 className={made ? 'made-title' : undefined} title={made ? FIRST_SENTENCE_TOOLTIP : undefined}>
              {document.title}
            </h1>
            <MetaLine document={document} />
          </header>
          {showOriginal ? (
            <pre className="raw-text" aria-label="Original text">
              {document.raw}
            </pre>
          ) : (
            <ReaderBody document={document} terms={terms} />
          )}
        </article>
      </div>
    </section>
  );
}
