import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Passage } from '../../../shared/model';
import { afterFrame } from '../app/afterFrame';
import { rangeOfOffsets } from './bodyOffsets';
import type { Floating } from './FloatingLayer';
import { anchorIn, lastLineRect } from './floatingPosition';
import type { CodingSnapshot } from './passageStore';
import { sameList, useCodingSelector } from './useCodingSelector';
import type { DocumentCoding } from './useDocumentCoding';
import { trimRange } from './wordMotion';

interface Options {
  article: RefObject<HTMLElement | null>;
  /** The clean text shown, or null (the original text, no document): nothing floats then. */
  body: string | null;
  /** The document's codes: the popover follows the passages it shows (and only those). */
  coding: DocumentCoding;
  /** An orphaned passage waiting for its new place: a selection offers "Re-attach here" then. */
  reattach: Passage | null;
  /** Where the keyboard goes back to when what floats closes. */
  focusReader(): void;
}

/**
 * What floats over the reader's text (the tag palette for a range, the re-attach bar, or the
 * popover of the passages at a point) and how it opens and closes.
 */
export function useFloating({ article, body, coding, reattach, focusReader }: Options) {
  const [floating, setFloating] = useState<Floating | null>(null);

  // A new document, or the original text: nothing floats over the old one.
  const [floatingFor, setFloatingFor] = useState(body);
  if (floatingFor !== body) {
    setFloatingFor(body);
    setFloating(null);
  }

  // What just closed stays mounted, hidden, until the frame that shows the change is done: taking
  // the palette's DOM down (its list of tags) cost that frame 1–5 ms; hiding it costs a repaint.
  // A popover leaves with the passages it showed (one may be the passage just deleted).
  const [leaving, setLeaving] = useState<{ floating: Floating; passages: Passage[] } | null>(null);
  const latest = useRef<{ floating: Floating | null; passages: Passage[] }>({ floating, passages: [] });
  const close = useCallback(() => {
    const { floating: closed, passages } = latest.current;
    if (closed) {
      const gone = { floating: closed, passages };
      setLeaving(gone);
      void afterFrame().then(() => setLeaving((now) => (now === gone ? null : now)));
    }
    setFloating(null);
    if (closed?.kind === 'popover') {
      // A popover (closed, or its passage deleted) gives the keyboard back once the frame that
      // hides it is drawn: focus() brings the page's style up to date first (1–2.5 ms of the
      // click), and after the frame there is nothing left to style. Unless the focus went
      // elsewhere meanwhile (another popover opened, a click in the text).
      const from = document.activeElement;
      void afterFrame().then(() => {
        const now = document.activeElement;
        if (now === from || now === null || now === document.body) focusReader();
      });
      return;
    }
    // Now, before React changes the DOM: focus() brings the page's style up to date, and after
    // the commit (tried) it had the whole change to style and lay out, 3–7 ms instead of 1–2.
    focusReader();
  }, [focusReader]);

  /** Opens the palette (or the re-attach bar) for a range of the body. */
  const offerRange = useCallback(
    (start: number, end: number) => {
      const container = article.current;
      const text = container?.querySelector<HTMLElement>('.reader-body');
      if (!text || !container || body === null) return;
      const range = trimRange(body, start, end);
      if (!range) return;
      const dom = rangeOfOffsets(text, range.start, range.end, 'measure');
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
    [article, body, reattach],
  );

  /** Opens the popover of `ids` at `rect`, on `preferred` (else the innermost). */
  const openPopover = useCallback(
    (ids: number[], rect: DOMRect, preferred?: number) => {
      const container = article.current;
      if (!container || ids.length === 0) return;
      const index = preferred !== undefined ? Math.max(0, ids.indexOf(preferred)) : ids.length - 1;
      setFloating({ kind: 'popover', ids, index, anchor: anchorIn(container, rect) });
    },
    [article],
  );

  const ids = floating?.kind === 'popover' ? floating.ids : null;
  const selectShown = useCallback(
    (snapshot: CodingSnapshot): Passage[] => {
      if (ids === null) return NONE;
      // A few ids looked for in the list: cheaper than a map of 2,000 made anew for each change.
      return snapshot.passages
        .filter((p) => ids.includes(p.id))
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
    },
    [ids],
  );
  const shownPassages = useCodingSelector(coding, selectShown, { equal: sameList });
  latest.current = { floating, passages: shownPassages };
  // Of the popover shown, or of the one leaving (drawn hidden a moment longer).
  const popoverPassages = floating ? shownPassages : (leaving?.passages ?? shownPassages);
  const activePassage =
    floating?.kind === 'popover'
      ? (popoverPassages[Math.min(floating.index, popoverPassages.length - 1)] ?? null)
      : null;
  // A popover whose passages are all gone (deleted, undone) closes.
  useEffect(() => {
    if (floating?.kind === 'popover' && shownPassages.length === 0) setFloating(null);
  }, [floating, shownPassages.length]);

  return {
    floating,
    /** What closed a moment ago, drawn hidden until the next frame is done (null when nothing is). */
    leaving: floating === null ? (leaving?.floating ?? null) : null,
    setFloating,
    close,
    offerRange,
    openPopover,
    popoverPassages,
    activePassage,
  };
}

const NONE: Passage[] = [];

export type FloatingState = ReturnType<typeof useFloating>;
