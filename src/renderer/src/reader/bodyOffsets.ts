// Mapping between DOM positions in the reader and UTF-16 offsets into DocumentDetail.body.
// Every paragraph element (`.para`) knows where it starts in the body (`data-start`); inside it,
// passages, quote hints and search marks split the text into many text nodes, so positions are
// found by walking the text nodes in order. The margin bars carry no text, so they never count.

import { partitionPoint } from '../../../shared/partitionPoint';
import { scratchRange } from './scratchRange';

export interface DomPoint {
  node: Node;
  offset: number;
}

const PARAGRAPH = '.para';

function paragraphStart(element: HTMLElement): number {
  return Number(element.dataset.start);
}

function paragraphEnd(element: HTMLElement): number {
  return Number(element.dataset.end);
}

/** The text nodes of a paragraph with where each starts, relative to the paragraph. */
export function textNodesOf(paragraph: HTMLElement): { nodes: Text[]; starts: number[] } {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push(text);
    starts.push(at);
    at += text.data.length;
  }
  return { nodes, starts };
}

/** The DOM point for an offset relative to a paragraph, given its text nodes. */
export function pointIn(
  paragraph: HTMLElement,
  index: { nodes: Text[]; starts: number[] },
  local: number,
): DomPoint {
  const { nodes, starts } = index;
  if (nodes.length === 0) return { node: paragraph, offset: 0 };
  // The last node starting at or before `local` (the first when none does).
  const low = Math.max(0, partitionPoint(nodes.length, (i) => starts[i]! <= local) - 1);
  const node = nodes[low]!;
  return { node, offset: Math.max(0, Math.min(local - starts[low]!, node.data.length)) };
}

/**
 * The paragraph elements of the text, in order. Kept per text root: a document's paragraphs keep
 * their elements while it is open (another document, or the original text, is another root), and
 * listing 1,200 of them cost a millisecond each time a key placed the caret.
 */
const known = new WeakMap<HTMLElement, HTMLElement[]>();

/** The paragraph elements (`.para`) under `root`, in reading order. */
export function paragraphsOf(root: HTMLElement): HTMLElement[] {
  const cached = known.get(root);
  if (cached && cached.length > 0 && cached[0]!.isConnected && cached[cached.length - 1]!.isConnected)
    return cached;
  const list = Array.from(root.querySelectorAll<HTMLElement>(PARAGRAPH));
  known.set(root, list);
  return list;
}

const paragraphs = paragraphsOf;

/** Binary search: the index of the last paragraph starting at or before `offset` (0 if none). */
export function lastStartingBy(list: readonly HTMLElement[], offset: number): number {
  return Math.max(0, partitionPoint(list.length, (i) => paragraphStart(list[i]!) <= offset) - 1);
}

/**
 * The body offset of a DOM point. A point outside any paragraph (in the headline, a collapsed
 * boilerplate bar, the gap between paragraphs) snaps to the nearest paragraph edge in the
 * direction given: `forward` to the start of the next paragraph, `backward` to the end of the
 * previous one. Null when there is no paragraph that way.
 */
export function offsetOfPoint(
  root: HTMLElement,
  node: Node,
  offset: number,
  snap: 'forward' | 'backward',
): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>(PARAGRAPH);
  if (paragraph && root.contains(paragraph)) {
    const range = scratchRange(root.ownerDocument);
    range.setStart(paragraph, 0);
    try {
      range.setEnd(node, offset);
    } catch {
      return paragraphStart(paragraph);
    }
    const local = range.toString().length;
    return Math.min(paragraphStart(paragraph) + local, paragraphEnd(paragraph));
  }
  const all = paragraphs(root);
  const around = scratchRange(root.ownerDocument);
  const side = (candidate: HTMLElement): number => {
    around.selectNode(candidate);
    return around.comparePoint(node, offset);
  };
  if (snap === 'forward') {
    // The first paragraph the point comes before.
    for (const candidate of all) if (side(candidate) < 0) return paragraphStart(candidate);
    return null;
  }
  for (let i = all.length - 1; i >= 0; i--) {
    const candidate = all[i]!;
    if (side(candidate) > 0) return paragraphEnd(candidate);
  }
  return null;
}

/** The paragraph element holding a body offset (an offset between paragraphs goes to the earlier one). */
export function paragraphAt(root: HTMLElement, offset: number): HTMLElement | null {
  let list = paragraphs(root);
  let found = list[lastStartingBy(list, offset)] ?? null;
  if (found && !found.isConnected) {
    // A paragraph was drawn anew (its element replaced): list them again.
    known.delete(root);
    list = paragraphs(root);
    found = list[lastStartingBy(list, offset)] ?? null;
  }
  return found;
}

/** The DOM point for a body offset (clamped into its paragraph). */
export function pointOfOffset(root: HTMLElement, offset: number): DomPoint | null {
  const paragraph = paragraphAt(root, offset);
  if (!paragraph) return null;
  const local = Math.max(0, Math.min(offset, paragraphEnd(paragraph)) - paragraphStart(paragraph));
  return pointIn(paragraph, textNodesOf(paragraph), local);
}

/**
 * A DOM range over body offsets, for measuring and for showing a selection. `measure`: the
 * document's one reused range (scratchRange.ts), for a caller done with it before it returns.
 */
export function rangeOfOffsets(
  root: HTMLElement,
  start: number,
  end: number,
  use: 'keep' | 'measure' = 'keep',
): Range | null {
  const from = pointOfOffset(root, start);
  const to = pointOfOffset(root, end);
  if (!from || !to) return null;
  const range = use === 'measure' ? scratchRange(root.ownerDocument) : root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The current window selection as body offsets, when it lies (at least partly) in the text. */
export function selectionOffsets(root: HTMLElement): { anchor: number; focus: number } | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const start = offsetOfPoint(root, range.startContainer, range.startOffset, 'forward');
  const end = offsetOfPoint(root, range.endContainer, range.endOffset, 'backward');
  if (start === null || end === null) return null;
  if (range.collapsed) return { anchor: start, focus: start };
  if (end < start) return null;
  // Keep the direction the user selected in, so Shift+arrows extend the moving end.
  const backwards =
    selection.anchorNode === range.endContainer &&
    selection.anchorOffset === range.endOffset &&
    !range.collapsed;
  return backwards ? { anchor: end, focus: start } : { anchor: start, focus: end };
}
