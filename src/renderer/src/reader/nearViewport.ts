/**
 * Bars are measured only for paragraphs near what the reader shows: measuring (and rendering)
 * the 2,000 bars of a long document at once blocked its opening for half a second. A paragraph
 * further away asks to be told when it comes near; one IntersectionObserver per scroller.
 */
const MARGIN_PX = 1200;
const SCROLLER = '.reader-scroll';

interface Watch {
  observer: IntersectionObserver;
  callbacks: Map<Element, () => void>;
}

const watches = new WeakMap<Element, Watch>();

/** Whether the element lies within MARGIN_PX of its scroller's visible part (true without one). */
export function isNearViewport(element: HTMLElement): boolean {
  const root = element.closest(SCROLLER);
  if (!root) return true;
  const box = element.getBoundingClientRect();
  const view = root.getBoundingClientRect();
  return box.bottom > view.top - MARGIN_PX && box.top < view.bottom + MARGIN_PX;
}

/** Calls `onNear` once, when the element comes within MARGIN_PX of the view; returns a cancel. */
export function whenNearViewport(element: HTMLElement, onNear: () => void): () => void {
  const root = element.closest(SCROLLER);
  if (!root || typeof IntersectionObserver === 'undefined') {
    onNear();
    return () => undefined;
  }
  let watch = watches.get(root);
  if (!watch) {
    const callbacks = new Map<Element, () => void>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const callback = callbacks.get(entry.target);
          callbacks.delete(entry.target);
          observer.unobserve(entry.target);
          callback?.();
        }
      },
      { root, rootMargin: `${MARGIN_PX}px 0px` },
    );
    watch = { observer, callbacks };
    watches.set(root, watch);
  }
  const { observer, callbacks } = watch;
  callbacks.set(element, onNear);
  observer.observe(element);
  return () => {
    if (callbacks.delete(element)) observer.unobserve(element);
  };
}
