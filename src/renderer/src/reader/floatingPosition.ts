/** A rectangle relative to the reader's article (which scrolls with the text). */
export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

/** Converts a rectangle on screen to one relative to `container`. */
export function anchorIn(
  container: HTMLElement,
  rect: DOMRect | { left: number; top: number; bottom: number },
): Anchor {
  const origin = container.getBoundingClientRect();
  return { left: rect.left - origin.left, top: rect.top - origin.top, bottom: rect.bottom - origin.top };
}

/** The last line box of a range: where a palette for a selection belongs. */
export function lastLineRect(range: Range): DOMRect | null {
  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 || rect.height > 0);
  return rects[rects.length - 1] ?? null;
}

/** Left edge for a floating box of `width`, kept inside the container. */
export function clampLeft(container: HTMLElement, left: number, width: number): number {
  return Math.max(-36, Math.min(left - 16, container.clientWidth - width + 36));
}
