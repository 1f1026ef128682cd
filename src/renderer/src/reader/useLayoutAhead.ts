import { partitionPoint } from '../../../shared/partitionPoint';
import { createContext, useContext, useEffect, useState, type RefObject } from 'react';

/** Bars are measured at once within this distance of the view, in px; further away, later. */
const NEAR_PX = 1200;
/** Most time one idle slice spends laying out and measuring paragraphs, in ms. */
const SLICE_MS = 8;
/** At the latest this long after asking, a slice runs even without idle time, in ms. */
const SLICE_TIMEOUT_MS = 500;
/**
 * Fewest paragraphs per batch: every frame that shows a change pays for pre-painting and painting
 * the view (several ms on a slow machine), so a few large batches beat many small ones.
 */
const MIN_BATCH = 8;
const MAX_BATCH = 80;

/**
 * Lays out the text far from the view in idle time, nearest first, and measures the margin bars
 * of its paragraphs as it goes.
 *
 * A document opens with every paragraph `content-visibility: auto` (reader.css): the browser
 * styles and lays out only what is near the view, so a 170 KB document with 2,000 passages
 * opens at the cost of one screen, and only the bars near the view are measured before the
 * first paint. But a skipped paragraph is laid out when it scrolls into view, and the page is
 * painted again for it: scrolling cost three times what scrolling laid-out text costs, and
 * measuring bars as paragraphs came near added script to every frame. So once the text shows
 * with its codes, idle slices mark paragraphs `data-laid` (which turns the skipping off for them,
 * for good), lay them out inside the slice, and measure their bars there; after a few seconds of
 * idle time the whole text is laid out and measured, and scrolling only paints. A paragraph the
 * researcher scrolls to before its turn is measured when it comes near (one observer for all).
 * The attribute is set on the DOM: React does not manage it, so renders keep it.
 */
export class LayoutAhead {
  private readonly pending = new Map<Element, Measure>();
  private observer: IntersectionObserver | null = null;
  private observed: HTMLElement | null = null;
  private handle: number | null = null;
  /** What one paragraph's turn took lately, in ms: batches are sized to the idle time left. */
  private perParagraphMs = 1;

  /** `scroller` gives the reader's scrolling element, or null while none is shown. */
  constructor(private readonly scroller: () => HTMLElement | null) {}

  /**
   * Runs `measure` once the paragraph is laid out: now when it is near the view, else in an idle
   * slice (told so, to show its result without hurry) or when it comes near, whichever is
   * first. Returns a cancel.
   */
  whenLaidOut(paragraph: HTMLElement, measure: Measure): () => void {
    const root = this.scroller();
    if (!root || !root.contains(paragraph) || this.isNear(root, paragraph)) {
      measure(false);
      return () => undefined;
    }
    this.pending.set(paragraph, measure);
    this.observe(root, paragraph);
    this.start();
    return () => {
      if (this.pending.delete(paragraph)) this.observer?.unobserve(paragraph);
    };
  }

  /** Starts (or keeps) laying out ahead in idle time. */
  start(): void {
    if (this.handle !== null || typeof window.requestIdleCallback !== 'function') return;
    this.handle = window.requestIdleCallback((deadline) => this.slice(deadline), {
      timeout: SLICE_TIMEOUT_MS,
    });
  }

  stop(): void {
    if (this.handle !== null) window.cancelIdleCallback(this.handle);
    this.handle = null;
  }

  private isNear(root: HTMLElement, element: HTMLElement): boolean {
    const box = element.getBoundingClientRect();
    const view = root.getBoundingClientRect();
    return box.bottom > view.top - NEAR_PX && box.top < view.bottom + NEAR_PX;
  }

  private observe(root: HTMLElement, element: Element): void {
    if (typeof IntersectionObserver === 'undefined') return;
    if (this.observed !== root) {
      // Another scroller (the reader was shown anew): its paragraphs are all new too.
      this.observer?.disconnect();
      this.observer = null;
      this.observed = root;
    }
    this.observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const measure = this.pending.get(entry.target);
          this.pending.delete(entry.target);
          this.observer?.unobserve(entry.target);
          measure?.(false);
        }
      },
      { root, rootMargin: `${NEAR_PX}px 0px` },
    );
    this.observer.observe(element);
  }

  private slice(deadline: IdleDeadline): void {
    this.handle = null;
    const root = this.scroller();
    // Hidden (another view has the centre): nothing lays out; the reader starts again on return.
    if (!root || root.getClientRects().length === 0) return;
    // While frames keep coming (a scroll, an animation) idle periods are the few ms left after
    // each frame: too short for a batch, which then waits for a longer one or the timeout.
    if (deadline.timeRemaining() < SLICE_MS / 2 && !deadline.didTimeout) {
      this.start();
      return;
    }
    const paragraphs = root.querySelectorAll<HTMLElement>('.reader-body .para');
    // First everything below the view, top down: a paragraph laid out there only moves text
    // that is not laid out yet. Then what lies above, which moves all below it (the browser
    // keeps the view still), so best done once and last.
    const first = firstInView(root, paragraphs);
    const order = (n: number) =>
      n < paragraphs.length - first ? first + n : n - (paragraphs.length - first);
    let next = 0;
    let done = false;
    do {
      const started = performance.now();
      const batch = Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.floor(SLICE_MS / this.perParagraphMs)));
      const measures: Measure[] = [];
      let work = 0;
      while (work < batch) {
        if (next >= paragraphs.length) {
          done = true;
          break;
        }
        const paragraph = paragraphs[order(next++)]!;
        if (!paragraph.hasAttribute('data-laid')) {
          paragraph.setAttribute('data-laid', '');
          work++;
        }
        const measure = this.pending.get(paragraph);
        if (measure) {
          this.pending.delete(paragraph);
          this.observer?.unobserve(paragraph);
          measures.push(measure);
          work++;
        }
      }
      // Lay them out now, inside this slice, rather than in the next frame; then measure.
      void root.scrollHeight;
      for (const measure of measures) measure(true);
      const spent = performance.now() - started;
      if (work > 0) this.perParagraphMs = Math.max(0.05, 0.7 * this.perParagraphMs + (0.3 * spent) / work);
    } while (!done && deadline.timeRemaining() > SLICE_MS / 2 && !deadline.didTimeout);
    if (!done || this.pending.size > 0) this.start();
  }
}

/** The index of the first paragraph whose bottom is below the top of the view (binary search). */
function firstInView(root: HTMLElement, paragraphs: NodeListOf<HTMLElement>): number {
  const top = root.getBoundingClientRect().top;
  return partitionPoint(paragraphs.length, (i) => paragraphs[i]!.getBoundingClientRect().bottom <= top);
}

/** Measures a laid-out paragraph; `idle` when called from an idle slice. */
export type Measure = (idle: boolean) => void;

export type MeasureScheduler = Pick<LayoutAhead, 'whenLaidOut'>;

/** Without a reader around (a paragraph drawn alone): measure at once. */
const IMMEDIATE: MeasureScheduler = {
  whenLaidOut(_paragraph, measure) {
    measure(false);
    return () => undefined;
  },
};

export const LayoutAheadContext = createContext<MeasureScheduler>(IMMEDIATE);

export function useMeasureScheduler(): MeasureScheduler {
  return useContext(LayoutAheadContext);
}

/**
 * The reader's LayoutAhead: laying out ahead starts when a text shows with its codes (`active`;
 * `textKey` names the text) and pauses while the reader is hidden.
 */
export function useLayoutAhead(
  scroller: RefObject<HTMLElement | null>,
  textKey: unknown,
  active: boolean,
): LayoutAhead {
  const [scheduler] = useState(() => new LayoutAhead(() => scroller.current));
  useEffect(() => {
    if (!active) return;
    scheduler.start();
    return () => scheduler.stop();
  }, [scheduler, textKey, active]);
  return scheduler;
}
