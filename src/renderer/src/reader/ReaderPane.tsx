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
import { FIRST_SENTENCE_TOOLTIP } from '../library/LibraryTable';
import { rangeOfOffsets } from './bodyOffsets';
import { anchorIn, lastLineRect } from './floatingPosition';
import { FindInDocument } from './FindInDocument';
import { MetaLine } from './MetaLine';
import { FloatingLayer, type Floating } from './FloatingLayer';
import { ReaderBody } from './ReaderBody';
import { ReaderEmptyState } from './ReaderEmptyState';
import { ReaderToolbar } from './ReaderToolbar';
import type { CodingActions } from './useCodingActions';
import type { DocumentCoding } from './useDocumentCoding';
import { useReaderCaret } from './useReaderCaret';
import { useBarLabel } from './useBarLabel';
import { usePassageHover } from './usePassageHover';
import { LayoutAheadContext, useLayoutAhead } from './useLayoutAhead';
import { useRemeasure } from './useRemeasure';
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

/** The center pane: one document for long reading and coding, or its original text on request. */
export function ReaderPane(props: Props) {
  const { target, document, loading, coding, actions, speakers, reattach, back } = props;
  const { onReattachEnd, onClearHighlights, onOpenTag, onOpenQuote, hidden = false } = props;
  // Remembered per document: opening another one always starts on the clean text.
  const [originalOf, setOriginalOf] = useState<number | null>(null);
  const showOriginal = document !== null && originalOf === document.id;
  const scroller = useRef<HTMLDivElement>(null);
  const article = useRef<HTMLElement>(null);
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
  const { index: tagIndex } = useCoding();
  const passages = coding.passages;
  const byId = useMemo(() => new Map(passages.map((p) => [p.id, p])), [passages]);
  const latest = useRef({ byId, body, floating });
  latest.current = { byId, body, floating };

  const caretAt = caret.caret && caret.caret.anchor === caret.caret.focus ? caret.caret.focus : null;
  const barLabel = useBarLabel(article, passages, byId, caretAt);
  const hover = usePassageHover(barLabel.hover);

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

  // Bars are measured from the laid-out text: measured again when it reflows or comes back.
  const layoutKey = useRemeasure(article, `${document?.id}:${showOriginal}`, hidden, coding.passages);
  // The rest of the text is laid out (and its bars measured) in idle time once it shows with its codes.
  const layoutAhead = useLayoutAhead(
    scroller,
    `${document?.id}:${showOriginal}:${layoutKey}`,
    !hidden && !showOriginal && coding.loaded,
  );

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

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (body === null || isTyping(event.target)) return;
    const arrow = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (arrow !== 0 && event.altKey && (event.shiftKey || event.ctrlKey)) {
      const current = caret.caret;
      const id =
        activePassage?.id ??
        (current && current.anchor === current.focus ? passagesAt(current.focus).at(-1) : undefined);
      if (id !== undefined) {
        actions.nudge(id, event.shiftKey ? 'end' : 'start', arrow as -1 | 1);
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

  if (!document) {
    return (
      <section className="reader-pane" aria-label="Reader" hidden={hidden}>
        <ReaderEmptyState opening={loading || target !== null} />
      </section>
    );
  }

  const made = document.title_origin === 'first-sentence';
  const anchored = passages.filter((p) => p.status === 'anchored').length;
  const selecting = caret.caret !== null && caret.caret.anchor !== caret.caret.focus;
  return (
    <section className="reader-pane" aria-label="Reader" hidden={hidden}>
      <ReaderToolbar
        back={back}
        terms={terms}
        query={target?.hit?.query}
        navigation={navigation}
        showOriginal={showOriginal}
        onToggleOriginal={() => setOriginalOf(showOriginal ? null : document.id)}
        onClearHighlights={onClearHighlights}
        find={
          finding && !showOriginal ? (
            <FindInDocument navigation={navigation} onTerms={setFound} onClose={closeFind} />
          ) : null
        }
        status={`${document.word_count.toLocaleString('en')} words · ${anchored} coded ${
          anchored === 1 ? 'passage' : 'passages'
        }`}
        hint={selecting ? 'selecting' : caret.caret ? 'caret' : null}
      />
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
        onMouseOver={hover.onMouseOver}
        onMouseLeave={hover.onMouseLeave}
      >
        <style ref={hover.style} />
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
            <LayoutAheadContext.Provider value={layoutAhead}>
              <ReaderBody
                key={document.id}
                document={document}
                terms={terms}
                passages={passages}
                quotes={coding.quotes}
                activeId={activePassage?.id ?? null}
                targetId={target?.passage && target.id === document.id ? target.passage.id : null}
                layoutKey={layoutKey}
                openAt={target?.id === document.id ? (target.passage?.start ?? target.hit?.offset ?? 0) : 0}
              />
            </LayoutAheadContext.Provider>
          )}
          {barLabel.label && !showOriginal ? (
            <span
              className="bar-label"
              role="tooltip"
              data-passage-id={barLabel.label.id}
              style={{ left: barLabel.label.left, top: barLabel.label.top }}
            >
              {barLabel.label.text}
            </span>
          ) : null}
          {caret.box && caret.caret && caret.caret.anchor === caret.caret.focus && !showOriginal ? (
            <span
              className="reading-caret"
              aria-hidden="true"
              style={{ left: caret.box.left, top: caret.box.top, height: caret.box.height }}
            />
          ) : null}
          {floating && !showOriginal && article.current ? (
            <FloatingLayer
              floating={floating}
              container={article.current}
              body={document.body}
              actions={actions}
              speakers={speakers}
              reattach={reattach}
              popoverPassages={popoverPassages}
              onCoded={(end) => caret.set({ anchor: end, focus: end })}
              onReattachEnd={onReattachEnd}
              onIndex={(index) => floating.kind === 'popover' && setFloating({ ...floating, index })}
              onClose={closeFloating}
              onOpenTag={onOpenTag}
            />
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
