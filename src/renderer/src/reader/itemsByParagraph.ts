import { partitionPoint } from '../../../shared/partitionPoint';
import type { Passage } from '../../../shared/model';
import type { Lanes } from './computeLanes';
import { diffPassages } from './diffPassages';
import type { PassageItem } from './segmentParagraph';

/** A paragraph or sub-heading of the body, by its offsets. */
export interface Span {
  start: number;
  end: number;
}

/** What the items were made from, kept to make the next ones from the difference. */
export interface ParagraphItems {
  parts: readonly Span[];
  passages: readonly Passage[];
  lanes: Lanes;
  /** Paragraph start → its passages (with lanes), in the order of `passages`. */
  map: Map<number, PassageItem[]>;
}

/** Beyond this many changed passages, building every paragraph's list anew is as cheap. */
const INCREMENTAL_MAX = 200;

/**
 * Each paragraph's passages with their lanes. Given the previous result, only the paragraphs
 * touched by a passage that was added, removed, changed (a new object: the lists keep unchanged
 * passages' objects) or moved to another lane get a new list; every other paragraph keeps its
 * array, so its memoised Paragraph skips rendering and a change costs what it touches.
 */
export function itemsByParagraph(
  parts: readonly Span[],
  passages: readonly Passage[],
  lanes: Lanes,
  before: ParagraphItems | null,
): ParagraphItems {
  const touched = before && before.parts === parts ? touchedRanges(before, passages, lanes) : null;
  if (!before || !touched || touched.length > INCREMENTAL_MAX) {
    const map = new Map<number, PassageItem[]>();
    for (const passage of passages) {
      if (passage.status !== 'anchored') continue;
      const item = { passage, lane: lanes.lane.get(passage.id) ?? 0 };
      forParagraphs(parts, passage, (part) => {
        const list = map.get(part.start);
        if (list) list.push(item);
        else map.set(part.start, [item]);
      });
    }
    // Hand each paragraph its previous array when nothing in it changed.
    if (before)
      for (const [start, list] of map) {
        const old = before.map.get(start);
        if (old && sameItems(old, list)) map.set(start, old);
      }
    return { parts, passages, lanes, map };
  }
  const map = new Map(before.map);
  const starts = new Set<number>();
  for (const range of touched) forParagraphs(parts, range, (part) => starts.add(part.start));
  for (const start of starts) {
    const part = parts[firstParagraphEndingAfter(parts, start)]!;
    const list: PassageItem[] = [];
    for (const passage of passages)
      if (passage.status === 'anchored' && passage.start < part.end && part.start < passage.end)
        list.push({ passage, lane: lanes.lane.get(passage.id) ?? 0 });
    const old = before.map.get(start);
    if (list.length === 0) map.delete(start);
    else map.set(start, old && sameItems(old, list) ? old : list);
  }
  return { parts, passages, lanes, map };
}

/** The ranges of the passages that differ between `before` and now (old and new places both); null: too many. */
function touchedRanges(before: ParagraphItems, passages: readonly Passage[], lanes: Lanes): Span[] | null {
  const diff = diffPassages(before.passages, passages, INCREMENTAL_MAX);
  if (!diff) return null;
  const touched: Span[] = [...diff.added, ...diff.removed];
  // Lanes made from the previous ones keep every other passage's lane: nothing more to look at.
  if (lanes !== before.lanes && (lanes.from === undefined || lanes.from !== before.lanes.id))
    for (const passage of passages) {
      if (before.lanes.lane.get(passage.id) !== lanes.lane.get(passage.id)) touched.push(passage);
      if (touched.length > INCREMENTAL_MAX) return touched;
    }
  return touched;
}

function forParagraphs(parts: readonly Span[], range: Span, each: (part: Span) => void): void {
  for (let i = firstParagraphEndingAfter(parts, range.start); i < parts.length; i++) {
    const part = parts[i]!;
    if (part.start >= range.end) break;
    each(part);
  }
}

function sameItems(a: readonly PassageItem[], b: readonly PassageItem[]): boolean {
  return (
    a.length === b.length && a.every((item, i) => item.passage === b[i]!.passage && item.lane === b[i]!.lane)
  );
}

/** Binary search: the first paragraph whose end lies after `offset`. */
export function firstParagraphEndingAfter(parts: readonly Span[], offset: number): number {
  return partitionPoint(parts.length, (i) => parts[i]!.end <= offset);
}
