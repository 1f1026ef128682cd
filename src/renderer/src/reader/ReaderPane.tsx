import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import './reader.css';
import type { DocumentDetail, Passage } from '../../../shared/model';
import { useTagLooks } from '../coding/CodingProvider';
import { FIRST_SENTENCE_TOOLTIP } from '../library/LibraryTable';
import { rangeOfOffsets } from './bodyOffsets';
import { FindInDocument } from './FindInDocument';
import { MetaLine } from './MetaLine';
import { FloatingLayer } from './FloatingLayer';
import { ReattachBanner } from './ReattachBanner';
import { ReaderBody } from './ReaderBody';
import { ReadingCaret } from './ReadingCaret';
import { passageMarks } from './passageMarks';
import { ReaderStatus } from './ReaderStatus';
import type { CodingSnapshot } from './passageStore';
import { selectLoaded, useCodingSelector } from './useCodingSelector';
import { ReaderEmptyState } from './ReaderEmptyState';
import { ReaderToolbar } from './ReaderToolbar';
import type { CodingActions } from './useCodingActions';
import type { DocumentCoding } from './useDocumentCoding';
import { useFindInDocument } from './useFindInDocument';
import { useFloating } from './useFloating';
import { useReaderCaret } from './useReaderCaret';
import { useReaderInput } from './useReaderInput';
import { useBarLabel } from './useBarLabel';
import { usePassageHover } from './usePassageHover';
import { LayoutAheadContext, useLayoutAhead } from './useLayoutAhead';
import { useRemeasure } from './useRemeasure';
import { useTermNavigation } from './useTermNavigation';

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
const NO_PASSAGES: ReadonlyMap<number, Passage> = new Map();
const selectUncoded = (s: CodingSnapshot) => s.passages.length === 0;
/**
 * The center pane: one document for long reading and coding, or its original text on request.
 * Its parts: the toolbar (ReaderToolbar, term navigation in useTermNavigation, Find in
 * useFindInDocument), the text (ReaderBody, bars measured per paragraph; remeasured through
 * useRemeasure and useLayoutAhead), what floats over it (useFloating, FloatingLayer), the caret
 * (useReaderCaret), keys and clicks (useReaderInput) and hover (usePassageHover, useBarLabel).
 */
export function ReaderPane(props: Props) {
  const { target, document, loading, coding, actions, speakers, reattach, back } = props;
  const { onReattachEnd, onClearHighlights, onOpenTag, onOpenQuote, hidden = false } = props;
  // Remembered per document: opening another one always starts on the clean text.
  const [originalOf, setOriginalOf] = useState<number | null>(null);
  const showOriginal = document !== null && originalOf === document.id;
  const scroller = useRef<HTMLDivElement>(null);
  // The keyboard's place in the reader: inside the scroller, not the scroller itself, because
  // focusing a scroll container makes Chromium walk its whole subtree before the next paint
  // (20 ms for a long document), and the focus comes back here each time a tag is applied.
  const keys = useRef<HTMLDivElement>(null);
  const article = useRef<HTMLElement>(null);
  const find = useFindInDocument(document?.id, !hidden && document !== null);
  const terms = find.terms ?? target?.hit?.terms ?? NO_TERMS;
  const body = document && !showOriginal ? document.body : null;
  const caret = useReaderCaret(scroller, article, body);
  const { looks: tagLooks } = useTagLooks();
  // The passages are not read here: a coding change re-renders the paragraphs, the popover and
  // the counts that show it (each selects its part of the store), not this pane.
  const passagesById = useCallback(
    () => (coding.store.get().id === coding.documentId ? coding.store.byId() : NO_PASSAGES),
    [coding],
  );
  const loaded = useCodingSelector(coding, selectLoaded);
  const uncoded = useCodingSelector(coding, selectUncoded);
  const focusReader = useCallback(() => keys.current?.focus({ preventScroll: true }), []);
  const floating = useFloating({ article, body, coding, reattach, focusReader });
  const { openPopover, activePassage, setFloating } = floating;
  // Stable, so the popover (memoised) does not render again as the pane does.
  const showPassageAt = useCallback(
    (index: number) => setFloating((now) => (now?.kind === 'popover' ? { ...now, index } : now)),
    [setFloating],
  );
  const input = useReaderInput({
    article,
    body,
    passagesById,
    caret,
    floating,
    nudge: actions.nudge,
    onOpenQuote,
  });

  // Marked in the text without rendering the reader body: its paragraphs hear of it.
  const [marks] = useState(passageMarks);
  const activeId = activePassage?.id ?? null;
  const targetId = target?.passage && target.id === document?.id ? target.passage.id : null;
  useLayoutEffect(() => marks.set({ activeId, targetId }), [marks, activeId, targetId]);

  const caretAt = caret.caret && caret.caret.anchor === caret.caret.focus ? caret.caret.focus : null;
  const barLabel = useBarLabel(article, coding, caretAt);
  const hover = usePassageHover(barLabel.hover);

  const navigation = useTermNavigation(
    scroller,
    `${document?.id}:${showOriginal}:${terms.join(' ')}`,
    document && !showOriginal ? (find.terms ? 0 : target?.hit ? target.hit.offset : null) : null,
  );

  // Bars are measured from the laid-out text: measured again when it reflows or comes back.
  const layoutKey = useRemeasure(article, `${document?.id}:${showOriginal}`, hidden, coding.store);
  // The rest of the text is laid out (and its bars measured) in idle time once it shows with its codes.
  const layoutAhead = useLayoutAhead(
    scroller,
    `${document?.id}:${showOriginal}:${layoutKey}`,
    !hidden && !showOriginal && loaded,
  );

  // Opened on a passage (from the browser or the Coding tab): scroll to it and mark it.
  useLayoutEffect(() => {
    const passage = target?.passage;
    const text = article.current?.querySelector<HTMLElement>('.reader-body');
    if (!passage || !text || showOriginal || document?.id !== target?.id) return;
    const range = rangeOfOffsets(text, passage.start, passage.end, 'measure');
    const rect = range?.getClientRects()[0];
    const view = scroller.current;
    if (!rect || !view) return;
    const frame = view.getBoundingClientRect();
    view.scrollTop += rect.top - frame.top - frame.height / 3;
    if (target?.popover) {
      const first = range?.getClientRects()[0];
      if (first) openPopover([passage.id], first);
    }
  }, [target, document?.id, showOriginal, openPopover]);

  if (!document) {
    return (
      <section className="reader-pane" aria-label="Reader" hidden={hidden}>
        <ReaderEmptyState opening={loading || target !== null} />
      </section>
    );
  }

  const made = document.title_origin === 'first-sentence';
  const selecting = caret.caret !== null && caret.caret.anchor !== caret.caret.focus;
  const shown = floating.floating ?? floating.leaving;
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
          find.finding && !showOriginal ? (
            <FindInDocument navigation={navigation} onTerms={find.setFound} onClose={find.close} />
          ) : null
        }
        status={<ReaderStatus words={document.word_count} coding={coding} />}
        hint={selecting ? 'selecting' : caret.caret ? 'caret' : null}
      />
      {reattach && !showOriginal ? <ReattachBanner passage={reattach} onCancel={onReattachEnd} /> : null}
      <div
        className="reader-scroll"
        ref={scroller}
        onMouseUp={input.onMouseUp}
        onMouseOver={hover.onMouseOver}
        onMouseLeave={hover.onMouseLeave}
      >
        <div
          className="reader-keys"
          ref={keys}
          tabIndex={0}
          aria-label="Document text"
          onKeyDown={input.onKeyDown}
        >
          <article ref={article} className="reader-article" lang={document.language ?? undefined}>
            <header className="reader-header">
              <h1
                className={made ? 'made-title' : undefined}
                title={made ? FIRST_SENTENCE_TOOLTIP : undefined}
              >
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
                  coding={coding}
                  marks={marks}
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
            {!showOriginal ? <ReadingCaret keys={keys} box={caretAt !== null ? caret.box : null} /> : null}
            {shown && !showOriginal && article.current ? (
              <FloatingLayer
                floating={shown}
                leaving={shown === floating.leaving}
                container={article.current}
                body={document.body}
                actions={actions}
                speakers={speakers}
                reattach={reattach}
                popoverPassages={floating.popoverPassages}
                onCoded={(end) => caret.set({ anchor: end, focus: end }, { measureNow: true })}
                onReattachEnd={onReattachEnd}
                onIndex={showPassageAt}
                onClose={floating.close}
                onOpenTag={onOpenTag}
              />
            ) : null}
          </article>
        </div>
      </div>
      {tagLooks.size === 0 && uncoded && !showOriginal ? (
        <p className="reader-tip">
          Select text to code it — or press <kbd>→</kbd> for a caret, <kbd>⇧</kbd>
          <kbd>→</kbd> to select word by word and <kbd>T</kbd> to open the tag palette.
        </p>
      ) : null}
    </section>
  );
}
