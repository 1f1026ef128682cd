import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import './reader.css';
import type { DocumentDetail, Passage } from '../../../shared/model';
import { isTyping, useShortcut } from '../app/useShortcut';
import { useCoding } from '../coding/CodingProvider';
import { TagPalette } from '../coding/TagPalette';
import { FIRST_SENTENCE_TOOLTIP } from '../library/LibraryTable';
import { rangeOfOffsets } from './bodyOffsets';
import { anchorIn, clampLeft, lastLineRect, type Anchor } from './floatingPosition';
import { FindInDocument } from './FindInDocument';
import { MetaLine } from './MetaLine';
import { nudge, PassagePopover } from './PassagePopover';
import { ReaderBody } from './ReaderBody';
import type { CodingActions } from './useCodingActions';
import type { DocumentCoding } from './useDocumentCoding';
import { useReaderCaret } from './useReaderCaret';
import { useTermNavigation } from './useTermNavigation';
import { excerpt, trimRange } from './wordMotion';

export interface ReaderTarget {
  id: number;
  /** Set when opened from a search hit: where to scroll and which folded terms to mark. */
  hit?: { offset: number; terms: string[]; query: string };
  /** Set when opened from the passage browser or a list: the passage to scroll to and mark. */
  passage?: { id: number; start: number; end: number };
  /** Opening a passage asks the reader to show its popover too (from the Coding tab). */
  popover?: boolean;
  /** A nonce, so asking for the same passage again scrolls again. */
  at?: number;
}

interface Props {
  target: ReaderTarget | null;
  document: DocumentDetail | null;
  loading: boolean;
  coding: DocumentCoding;
  actions: CodingActions;
  speakers: readonly string[];
  /** An orphaned passage waiting for the researcher to select its new place. */
  reattach: Passage | null;
  onReattachEnd(): void;
  /** Shown as "← Back to …" when the reader was opened from the passage browser. */
  back: { label: string; go(): void } | null;
  onClearHighlights(): void;
  onOpenTag(tagId: number): void;
  onOpenQuote(quoteId: number): void;
  /**
   * Hidden while the passage browser or a note has the centre: the reader stays mounted, so leaving
   * it costs nothing (no 2,000 bars to tear down) and coming back finds the same place.
   */
  hidden?: boolean;
}

const NO_TERMS: string[] = [];

/** Boxes of the range being coded, relative to the article: the selection stays visible while the palette has focus. */
type Marks = Array<{ left: number; top: number; width: number; height: number }>;

type Floating =
  | { kind: 'palette'; start: number; end: number; anchor: Anchor; marks: Marks }
  | { kind: 'reattach'; start: number; end: number; anchor: Anchor; marks: Marks }
  | { kind: 'popover'; ids: number[]; index: number; anchor: Anchor };

/** The center pane: one document for long reading and coding, or its original text on request. */
/** How long an engine answer outranks a rendered list that has not caught up with it. */
const ANSWER_TRUSTED_MS = 3000;

export function ReaderPane(props: Props) {
  const { target, document, loading, coding, actions, speakers, reattach, back } = props;
  const { onReattachEnd, onClearHighlights, onOpenTag, onOpenQuote, hidden = false } = props;
  // Remembered per document: opening another one always starts on the clean text.
  const [originalOf, setOriginalOf] = useState<number | null>(null);
  const showOriginal = document !== null && originalOf === document.id;
  const scroller = useRef<HTMLDivElement>(null);
  const article = useRef<HTMLElement>(null);
  const hoverStyle = useRef<HTMLStyleElement>(null);
  // Find in document (Ctrl/⌘+F) marks its own terms in place of the search's while open.
  const [finding, setFinding] = useState(false);
  const [found, setFound] = useState<string[] | null>(null);
  const terms = (finding ? found : null) ?? target?.hit?.terms ?? NO_TERMS;
  const [findFor, setFindFor] = useState(document?.id);
  if (findFor !== document?.id) {
    setFindFor(document?.id);
    setFinding(false);
    setFound(null);
  }
  useShortcut(
    (event) =>
      (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f' && !hidden && document !== null,
    () => setFinding(true),
  );
  const closeFind = useCallback(() => {
    setFinding(false);
    setFound(null);
  }, []);
  const body = document && !showOriginal ? document.body : null;
  const caret = useReaderCaret(scroller, article, body);
  const [floating, setFloating] = useState<Floating | null>(null);
  const [layoutKey, setLayoutKey] = useState(0);
  const { index: tagIndex } = useCoding();
  const passages = coding.passages;
  const byId = useMemo(() => new Map(passages.map((p) => [p.id, p])), [passages]);
  const latest = useRef({ byId, body, floating });
  latest.current = { byId, body, floating };

  const navigation = useTermNavigation(
    scroller,
    `${document?.id}:${showOriginal}:${terms.join(' ')}`,
    document && !showOriginal ? (finding && found ? 0 : target?.hit ? target.hit.offset : null) : null,
  );

  // A new document, or the original text: nothing floats over the old one.
  const [floatingFor, setFloatingFor] = useState(body);
  if (floatingFor !== body) {
    setFloatingFor(body);
    setFloating(null);
  }

  // Bars are measured from the laid-out text: measure again when the text reflows.
  useEffect(() => {
    const element = article.current;
    if (!element) return;
    let width = element.clientWidth;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      // Width 0: the reader was hidden, nothing reflowed that the bars need to follow.
      if (element.clientWidth === width || element.clientWidth === 0) return;
      width = element.clientWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLayoutKey((k) => k + 1));
    });
    observer.observe(element);
    void window.document.fonts?.ready.then(() => setLayoutKey((k) => k + 1));
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [document?.id, showOriginal]);

  // Paragraphs do not measure while hidden; if codes changed meanwhile, measure once on return.
  const passagesWhenHidden = useRef<readonly Passage[] | null>(null);
  useLayoutEffect(() => {
    if (hidden) {
      passagesWhenHidden.current ??= coding.passages;
      return;
    }
    const before = passagesWhenHidden.current;
    passagesWhenHidden.current = null;
    if (before !== null && before !== coding.passages) setLayoutKey((k) => k + 1);
  }, [hidden, coding.passages]);

  const textRoot = useCallback(() => article.current?.querySelector<HTMLElement>('.reader-body') ?? null, []);

  const focusReader = useCallback(() => scroller.current?.focus({ preventScroll: true }), []);

  const closeFloating = useCallback(() => {
    setFloating(null);
    focusReader();
  }, [focusReader]);

  /** Opens the palette (or the re-attach bar) for a range of the body. */
  const offerRange = useCallback(
    (start: number, end: number) => {
      const text = textRoot();
      const container = article.current;
      const current = latest.current.body;
      if (!text || !container || current === null) return;
      const range = trimRange(current, start, end);
      if (!range) return;
      const dom = rangeOfOffsets(text, range.start, range.end);
      const rect = dom ? lastLineRect(dom) : null;
      if (!dom || !rect) return;
      const origin = container.getBoundingClientRect();
      const marks = Array.from(dom.getClientRects())
        .filter((r) => r.width > 1)
        .map((r) => ({
          left: r.left - origin.left,
          top: r.top - origin.top,
          width: r.width,
          height: r.height,
        }));
      setFloating({
        kind: reattach ? 'reattach' : 'palette',
        ...range,
        anchor: anchorIn(container, rect),
        marks,
      });
    },
    [textRoot, reattach],
  );

  const openPopover = useCallback((ids: number[], rect: DOMRect, preferred?: number) => {
    const container = article.current;
    if (!container || ids.length === 0) return;
    const index = preferred !== undefined ? Math.max(0, ids.indexOf(preferred)) : ids.length - 1;
    setFloating({ kind: 'popover', ids, index, anchor: anchorIn(container, rect) });
  }, []);

  // Opened on a passage (from the browser or the Coding tab): scroll to it and mark it.
  useLayoutEffect(() => {
    const passage = target?.passage;
    const text = textRoot();
    if (!passage || !text || showOriginal || document?.id !== target?.id) return;
    const range = rangeOfOffsets(text, passage.start, passage.end);
    const rect = range?.getClientRects()[0];
    const view = scroller.current;
    if (!rect || !view) return;
    const frame = view.getBoundingClientRect();
    view.scrollTop += rect.top - frame.top - frame.height / 3;
    if (target?.popover) {
      const first = range?.getClientRects()[0];
      if (first) openPopover([passage.id], first);
    }
  }, [target, document?.id, showOriginal, textRoot, openPopover]);

  const popoverPassages = useMemo(
    () =>
      floating?.kind === 'popover'
        ? floating.ids.map((id) => byId.get(id)).filter((p): p is Passage => p !== undefined)
        : [],
    [floating, byId],
  );
  const activePassage =
    floating?.kind === 'popover'
      ? (popoverPassages[Math.min(floating.index, popoverPassages.length - 1)] ?? null)
      : null;
  // A popover whose passages are all gone (deleted, undone) closes.
  useEffect(() => {
    if (floating?.kind === 'popover' && popoverPassages.length === 0) setFloating(null);
  }, [floating, popoverPassages.length]);

  /** The passages covering a body offset, innermost (shortest) last. */
  const passagesAt = useCallback((offset: number): number[] => {
    const found: Passage[] = [];
    for (const passage of latest.current.byId.values()) {
      if (passage.status === 'anchored' && passage.start <= offset && offset < passage.end)
        found.push(passage);
    }
    return found.sort((a, b) => b.end - b.start - (a.end - a.start)).map((p) => p.id);
  }, []);

  // Word-wise resizing runs one request at a time, each from the passage as the previous one left
  // it: the engine's answer, which the rendered list may not show yet when the next key arrives
  // (coding refreshes wait for idle time). The answer is trusted over the list for a few seconds,
  // unless the list already shows a newer state of the passage.
  const resizing = useRef<{ chain: Promise<unknown>; last: Passage | null; lastAt: number }>({
    chain: Promise.resolve(),
    last: null,
    lastAt: 0,
  });
  const resize = useCallback(
    (id: number, edge: 'start' | 'end', direction: -1 | 1) => {
      const queue = resizing.current;
      queue.chain = queue.chain
        .then(async () => {
          const rendered = latest.current.byId.get(id);
          const known =
            queue.last?.id === id && Date.now() - queue.lastAt < ANSWER_TRUSTED_MS ? queue.last : null;
          const passage = known && (!rendered || rendered.updated_at <= known.updated_at) ? known : rendered;
          const text = latest.current.body;
          if (!passage || text === null) return;
          const change = nudge(passage, text, edge, direction);
          if (!change) return;
          const answer = await actions.update(passage, change);
          if (answer) {
            queue.last = answer;
            queue.lastAt = Date.now();
          }
        })
        // A failed step is reported by the action itself; the chain must go on for the next key.
        .catch(() => undefined);
    },
    [actions],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (body === null || isTyping(event.target)) return;
    const arrow = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (arrow !== 0 && event.altKey && (event.shiftKey || event.ctrlKey)) {
      const current = caret.caret;
      const id =
        activePassage?.id ??
        (current && current.anchor === current.focus ? passagesAt(current.focus).at(-1) : undefined);
      if (id !== undefined) {
        resize(id, event.shiftKey ? 'end' : 'start', arrow as -1 | 1);
        event.preventDefault();
      }
      return;
    }
    if (caret.onKey(event)) {
      event.preventDefault();
      if (floating?.kind !== 'popover') setFloating(null);
      return;
    }
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    const current = caret.caret;
    if (
      plain &&
      (event.key === 't' || event.key === 'Enter') &&
      current &&
      current.anchor !== current.focus
    ) {
      event.preventDefault();
      offerRange(Math.min(current.anchor, current.focus), Math.max(current.anchor, current.focus));
    } else if (plain && event.key === 'Enter' && current) {
      const ids = passagesAt(current.focus);
      const text = textRoot();
      const rect = text ? rangeOfOffsets(text, current.focus, current.focus)?.getClientRects()[0] : undefined;
      if (ids.length > 0 && rect) {
        event.preventDefault();
        openPopover(ids, rect);
      }
    } else if (event.key === 'Escape' && floating) {
      event.preventDefault();
      closeFloating();
    }
  }

  function onMouseUp(event: MouseEvent<HTMLDivElement>): void {
    if (body === null || event.button !== 0) return;
    const element = event.target as HTMLElement;
    const bar = element.closest<HTMLElement>('.bar[data-passage-id]');
    if (bar) {
      const id = Number(bar.dataset.passageId);
      // A passage still on its way to the engine (negative id) has nothing to edit yet.
      if (id < 0) return;
      const ids = passagesAt(latest.current.byId.get(id)?.start ?? -1);
      openPopover(ids.includes(id) ? ids : [id], bar.getBoundingClientRect(), id);
      return;
    }
    const pin = element.closest<HTMLElement>('.quote-pin[data-quote-id]');
    if (pin) {
      onOpenQuote(Number(pin.dataset.quoteId));
      return;
    }
    if (!element.closest('.reader-body')) return;
    const selected = caret.syncFromDom();
    if (selected && selected.anchor !== selected.focus) {
      offerRange(Math.min(selected.anchor, selected.focus), Math.max(selected.anchor, selected.focus));
      return;
    }
    const coded = element.closest<HTMLElement>('.coded[data-p]');
    if (coded) {
      const rects = Array.from(coded.getClientRects());
      const rect = rects.find((r) => event.clientY >= r.top && event.clientY <= r.bottom) ?? rects[0];
      const ids = (coded.dataset.p ?? '')
        .split(' ')
        .map(Number)
        .filter((id) => id > 0);
      // Innermost (shortest) passage first in view: it is the one under the pointer for sure.
      const sorted = ids
        .map((id) => latest.current.byId.get(id))
        .filter((p): p is Passage => !!p)
        .sort((a, b) => b.end - b.start - (a.end - a.start))
        .map((p) => p.id);
      if (rect) openPopover(sorted, rect);
      return;
    }
    const quote = element.closest<HTMLElement>('.quote-hint[data-quote-id]');
    if (quote) onOpenQuote(Number(quote.dataset.quoteId));
    setFloating(null);
  }

  // Hovering a bar or coded text lights up that passage everywhere, through one style rule
  // instead of re-rendering paragraphs.
  function onMouseOver(event: MouseEvent<HTMLDivElement>): void {
    const style = hoverStyle.current;
    if (!style) return;
    const element = event.target as HTMLElement;
    const bar = element.closest<HTMLElement>('.bar[data-passage-id]');
    const coded = bar ? null : element.closest<HTMLElement>('.coded[data-p]');
    const id = bar ? bar.dataset.passageId : coded?.dataset.p?.split(' ').at(-1);
    const rule = id
      ? `.reader-body .coded[data-p~="${id}"]{--hl:1}.reader-body .bar[data-passage-id="${id}"]{--hl:1;transform:scaleX(calc(1 + var(--hl) * 0.6))}`
      : '';
    if (style.textContent !== rule) style.textContent = rule;
  }

  if (!document) {
    return (
      <section className="reader-pane" aria-label="Reader" hidden={hidden}>
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
                  <kbd>⇧</kbd> <kbd>←</kbd> <kbd>→</kbd>
                </dt>
                <dd>
                  Select text word by word, then <kbd>T</kbd> to code it
                </dd>
                <dt>
                  <kbd>Ctrl</kbd> <kbd>Z</kbd>
                </dt>
                <dd>Undo the last coding step</dd>
              </dl>
            </>
          )}
        </div>
      </section>
    );
  }

  const made = document.title_origin === 'first-sentence';
  const anchored = passages.filter((p) => p.status === 'anchored').length;
  const selecting = caret.caret !== null && caret.caret.anchor !== caret.caret.focus;
  return (
    <section className="reader-pane" aria-label="Reader" hidden={hidden}>
      <div className="reader-toolbar">
        {back ? (
          <button type="button" className="button back-button" onClick={back.go}>
            <span aria-hidden="true">←</span> {back.label}
          </button>
        ) : null}
        {finding && !showOriginal ? (
          <FindInDocument navigation={navigation} onTerms={setFound} onClose={closeFind} />
        ) : terms.length > 0 && !showOriginal ? (
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
              : `${document.word_count.toLocaleString('en')} words · ${anchored} coded ${
                  anchored === 1 ? 'passage' : 'passages'
                }`}
          </span>
        )}
        <span className="reader-hint" aria-live="polite">
          {showOriginal ? null : selecting ? (
            <>
              <kbd>T</kbd> code · <kbd>Esc</kbd> cancel
            </>
          ) : caret.caret ? (
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
          onClick={() => setOriginalOf(showOriginal ? null : document.id)}
          title="Switch between the clean text and the file exactly as imported"
        >
          Show original
        </button>
      </div>
      {reattach && !showOriginal ? (
        <div className="reattach-banner" role="status">
          <span>
            Select where {excerpt(reattach.exact, 8)} belongs now, then choose <strong>Re-attach here</strong>
            .
          </span>
          <button type="button" className="button small" onClick={onReattachEnd}>
            Cancel
          </button>
        </div>
      ) : null}
      <div
        className="reader-scroll"
        ref={scroller}
        tabIndex={0}
        aria-label="Document text"
        onKeyDown={onKeyDown}
        onMouseUp={onMouseUp}
        onMouseOver={onMouseOver}
        onMouseLeave={() => {
          if (hoverStyle.current) hoverStyle.current.textContent = '';
        }}
      >
        <style ref={hoverStyle} />
        <article ref={article} className="reader-article" lang={document.language ?? undefined}>
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
            <ReaderBody
              document={document}
              terms={terms}
              passages={passages}
              quotes={coding.quotes}
              activeId={activePassage?.id ?? null}
              targetId={target?.passage && target.id === document.id ? target.passage.id : null}
              layoutKey={layoutKey}
            />
          )}
          {caret.box && caret.caret && caret.caret.anchor === caret.caret.focus && !showOriginal ? (
            <span
              className="reading-caret"
              aria-hidden="true"
              style={{ left: caret.box.left, top: caret.box.top, height: caret.box.height }}
            />
          ) : null}
          {floating && floating.kind !== 'popover' && !showOriginal
            ? floating.marks.map((mark, i) => (
                <span key={i} className="pending-mark" aria-hidden="true" style={mark} />
              ))
            : null}
          {floating && !showOriginal && article.current ? (
            <div
              className="floating"
              style={{
                left: clampLeft(
                  article.current,
                  floating.anchor.left,
                  floating.kind === 'popover' ? 340 : 320,
                ),
                top: floating.anchor.bottom + 8,
              }}
            >
              {floating.kind === 'palette' ? (
                <TagPalette
                  title="Code passage"
                  subtitle={excerpt(document.body.slice(floating.start, floating.end), 7)}
                  onPick={(tag, keepOpen) => {
                    void actions.code(
                      {
                        start: floating.start,
                        end: floating.end,
                        exact: document.body.slice(floating.start, floating.end),
                      },
                      tag,
                    );
                    if (!keepOpen) {
                      caret.set({ anchor: floating.end, focus: floating.end });
                      closeFloating();
                    }
                  }}
                  onCreate={(name, keepOpen) => {
                    void actions.codeWithNewTag({ start: floating.start, end: floating.end }, name);
                    if (!keepOpen) {
                      caret.set({ anchor: floating.end, focus: floating.end });
                      closeFloating();
                    }
                  }}
                  onClose={closeFloating}
                />
              ) : floating.kind === 'reattach' && reattach ? (
                <div className="reattach-bar" role="dialog" aria-label="Re-attach passage">
                  <button
                    type="button"
                    className="button primary"
                    autoFocus
                    onClick={() => {
                      void actions
                        .reattach(reattach, { start: floating.start, end: floating.end })
                        .then((done) => {
                          if (done) onReattachEnd();
                        });
                      closeFloating();
                    }}
                  >
                    Re-attach here
                  </button>
                  <button type="button" className="button" onClick={closeFloating}>
                    Not here
                  </button>
                </div>
              ) : floating.kind === 'popover' ? (
                <PassagePopover
                  passages={popoverPassages}
                  index={floating.index}
                  body={document.body}
                  actions={actions}
                  speakers={speakers}
                  onIndex={(index) => setFloating({ ...floating, index })}
                  onClose={closeFloating}
                  onOpenTag={onOpenTag}
                />
              ) : null}
            </div>
          ) : null}
        </article>
      </div>
      {tagIndex.byId.size === 0 && passages.length === 0 && !showOriginal ? (
        <p className="reader-tip">
          Select text to code it — or press <kbd>→</kbd> for a caret, <kbd>⇧</kbd>
          <kbd>→</kbd> to select word by word and <kbd>T</kbd> to open the tag palette.
        </p>
      ) : null}
    </section>
  );
}
