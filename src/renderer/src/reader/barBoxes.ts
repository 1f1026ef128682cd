import { lastStartingBy, paragraphsOf, pointIn, textNodesOf } from './bodyOffsets';
import type { PassageItem, QuoteMark } from './segmentParagraph';
import { scratchRange } from './scratchRange';

/** A bar's place in its paragraph, in px from the paragraph's top. */
export interface Box {
  top: number;
  height: number;
}

/**
 * Where ranges of a paragraph's text lie, by `from:to` (body offsets clipped to the paragraph),
 * as measured: null for a range with no box (it covers no glyph).
 */
export type RangeBoxes = Map<string, Box | null>;

const rangeKey = (from: number, to: number) => `${from}:${to}`;

/**
 * Boxes measured before a change was made, per paragraph start, for the paragraph to take when it
 * shows the change (see premeasure).
 */
const premeasured = new Map<number, RangeBoxes>();

/**
 * Measures where body range [from, to) lies in each paragraph it touches, now, while the text is
 * still laid out as before the change that will add a bar for it. Splitting a paragraph's text
 * into more spans moves no line, so these boxes hold afterwards: the paragraph that shows the new
 * bar takes them (takePremeasured) instead of reading the layout again — a read that would force
 * the browser to lay out the page in the middle of the key press, before the frame does it anyway.
 * With the layout up to date (the palette has been on screen), these reads cost no layout.
 */
export function premeasure(root: HTMLElement, from: number, to: number): void {
  const text = root.querySelector<HTMLElement>('.reader-body');
  const list = text ? paragraphsOf(text) : [];
  for (let i = lastStartingBy(list, from); i < list.length; i++) {
    const paragraph = list[i]!;
    const start = Number(paragraph.dataset.start);
    const end = Number(paragraph.dataset.end);
    if (end <= from) continue;
    if (start >= to) break;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    const boxes = premeasured.get(start) ?? new Map<string, Box | null>();
    boxes.set(rangeKey(a, b), measureRange(paragraph, start, end, a, b));
    premeasured.set(start, boxes);
  }
  // Good for the change about to be drawn only: forgotten once its frame is done.
  requestAnimationFrame(() => setTimeout(() => premeasured.clear()));
}

/** The boxes measured ahead for the paragraph at `start` (and forgets them). */
export function takePremeasured(start: number): RangeBoxes | undefined {
  const boxes = premeasured.get(start);
  premeasured.delete(start);
  return boxes;
}

/** The box of body range [from, to) within a paragraph, from its laid-out text. */
function measureRange(
  paragraph: HTMLElement,
  start: number,
  end: number,
  from: number,
  to: number,
  index = textNodesOf(paragraph),
  top = paragraph.getBoundingClientRect().top,
): Box | null {
  const range = scratchRange(paragraph.ownerDocument);
  const a = pointIn(paragraph, index, Math.max(0, from - start));
  const b = pointIn(paragraph, index, Math.max(0, Math.min(to, end) - start));
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  let low = Infinity;
  let high = -Infinity;
  for (const rect of Array.from(range.getClientRects())) {
    // A range ending where a line wraps also reports an empty box on the next line.
    if (rect.height === 0 || rect.width === 0) continue;
    low = Math.min(low, rect.top);
    high = Math.max(high, rect.bottom);
  }
  return low === Infinity ? null : { top: low - top, height: high - low };
}

/**
 * Places a paragraph's bars and pins. Ranges found in `known` (measured before, or ahead) are
 * taken from there; only the others are measured from the laid-out text — so showing a change
 * whose boxes are all known reads no layout at all. New measurements are added to `known`.
 */
export function placeBars(
  paragraph: HTMLElement,
  start: number,
  end: number,
  items: readonly PassageItem[],
  quotes: readonly QuoteMark[],
  known: RangeBoxes,
): { boxes: Map<number, Box>; pins: Map<number, number> } {
  let index: ReturnType<typeof textNodesOf> | null = null;
  let top = 0;
  const measure = (from: number, to: number): Box | null => {
    const key = rangeKey(Math.max(from, start), Math.min(to, end));
    const had = known.get(key);
    if (had !== undefined) return had;
    if (!index) {
      index = textNodesOf(paragraph);
      top = paragraph.getBoundingClientRect().top;
    }
    const box = measureRange(paragraph, start, end, from, to, index, top);
    known.set(key, box);
    return box;
  };
  const boxes = new Map<number, Box>();
  for (const { passage } of items) {
    const box = measure(passage.start, passage.end);
    if (box) boxes.set(passage.id, box);
  }
  separateBars(items, boxes);
  const pins = new Map<number, number>();
  for (const quote of quotes) {
    const box = measure(quote.start, Math.min(quote.end, quote.start + 1));
    if (box) pins.set(quote.id, box.top);
  }
  return { boxes, pins };
}

/** Pixels of paper between two bars of one lane. */
const BAR_GAP = 3;

/**
 * Two passages in one lane can still share a line (one ends, a few words on the next begins):
 * their bars would meet or lie on top of each other, and only one could be grabbed. Where they
 * would, the shared stretch is split between them, with a gap, so each stays its own bar.
 */
function separateBars(items: readonly PassageItem[], boxes: Map<number, Box>): void {
  const byLane = new Map<number, Array<{ id: number; box: Box }>>();
  for (const { passage, lane } of items) {
    const box = boxes.get(passage.id);
    if (!box) continue;
    const list = byLane.get(lane);
    if (list) list.push({ id: passage.id, box });
    else byLane.set(lane, [{ id: passage.id, box }]);
  }
  for (const list of byLane.values()) {
    list.sort((a, b) => a.box.top - b.box.top);
    for (let i = 1; i < list.length; i++) {
      const above = list[i - 1]!.box;
      const below = list[i]!.box;
      const aboveEnd = above.top + above.height;
      if (aboveEnd + BAR_GAP <= below.top) continue;
      const belowEnd = below.top + below.height;
      const middle = Math.max(above.top + 3, Math.min((below.top + aboveEnd) / 2, belowEnd - 3));
      const newAbove = { top: above.top, height: Math.max(3, middle - BAR_GAP / 2 - above.top) };
      const newBelow = { top: middle + BAR_GAP / 2, height: Math.max(3, belowEnd - middle - BAR_GAP / 2) };
      boxes.set(list[i - 1]!.id, newAbove);
      boxes.set(list[i]!.id, newBelow);
      list[i - 1]!.box = newAbove;
      list[i]!.box = newBelow;
    }
  }
}
