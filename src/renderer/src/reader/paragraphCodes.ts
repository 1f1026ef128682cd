import type { Passage } from '../../../shared/model';
import { updateLanes, type Lanes } from './computeLanes';
import {
  firstParagraphEndingAfter,
  itemsByParagraph,
  type ParagraphItems,
  type Span,
} from './itemsByParagraph';
import type { CodingSnapshot } from './passageStore';
import type { PassageItem, QuoteMark } from './segmentParagraph';

/** What one paragraph shows of the document's codes. */
export interface ParagraphSlice {
  items: readonly PassageItem[];
  quotes: readonly QuoteMark[];
  /** The passage whose popover is open, when it touches this paragraph. */
  activeId: number | null;
  /** The passage opened from the passage browser, when it touches this paragraph. */
  targetId: number | null;
}

const NO_ITEMS: PassageItem[] = [];
const NO_QUOTES: QuoteMark[] = [];
export const EMPTY_SLICE: ParagraphSlice = {
  items: NO_ITEMS,
  quotes: NO_QUOTES,
  activeId: null,
  targetId: null,
};
/** Room in the left margin for the bars; lanes share it when there are many. */
export const GUTTER_PX = 46;

/**
 * The open document's codes cut by paragraph, each paragraph subscribing to its own slice: a
 * coding change (one passage added, removed, resized) notifies the paragraphs whose slice it
 * changed and no other component — not the reader body, not the pane. Lanes and each
 * paragraph's items are updated from the difference (updateLanes, itemsByParagraph), so a
 * change costs what it touches. Kept per text layout (the body's paragraphs), fed by the
 * PassageStore through `sync`.
 */
export class ParagraphCodes {
  private snapshot: CodingSnapshot | null = null;
  private lanes: { passages: readonly Passage[]; lanes: Lanes } | null = null;
  private items: ParagraphItems | null = null;
  private quotes = new Map<number, QuoteMark[]>();
  private marked: { activeId: number | null; targetId: number | null } = { activeId: null, targetId: null };
  private readonly slices = new Map<number, ParagraphSlice>();
  private readonly listeners = new Map<number, Set<() => void>>();
  private readonly stepListeners = new Set<() => void>();
  /** Horizontal distance between lanes in the margin, in px. */
  laneStep = 8;

  constructor(private readonly parts: readonly Span[]) {}

  /** Synced at least once. */
  get started(): boolean {
    return this.snapshot !== null;
  }

  /** This paragraph's slice: the same object until something in it changes. */
  at = (start: number): ParagraphSlice => this.slices.get(start) ?? EMPTY_SLICE;

  subscribeAt(start: number, listener: () => void): () => void {
    let set = this.listeners.get(start);
    if (!set) this.listeners.set(start, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  getLaneStep = (): number => this.laneStep;
  subscribeLaneStep = (listener: () => void): (() => void) => {
    this.stepListeners.add(listener);
    return () => this.stepListeners.delete(listener);
  };

  /** Brings the slices up to date with the document's codes; tells the paragraphs that changed. */
  sync(snapshot: CodingSnapshot): void {
    const before = this.snapshot;
    if (snapshot === before) return;
    this.snapshot = snapshot;
    const touched = new Set<number>();
    if (before?.passages !== snapshot.passages) {
      const lanes = updateLanes(this.lanes, snapshot.passages);
      this.lanes = { passages: snapshot.passages, lanes };
      const old = this.items?.map;
      this.items = itemsByParagraph(this.parts, snapshot.passages, lanes, this.items);
      for (const [start, list] of this.items.map) if (old?.get(start) !== list) touched.add(start);
      if (old) for (const start of old.keys()) if (!this.items.map.has(start)) touched.add(start);
      const step = Math.max(3, Math.min(8, Math.floor(GUTTER_PX / Math.max(lanes.count, 1))));
      if (step !== this.laneStep) {
        this.laneStep = step;
        for (const listener of [...this.stepListeners]) listener();
      }
    }
    if (before?.quotes !== snapshot.quotes)
      for (const start of this.placeQuotes(snapshot)) touched.add(start);
    this.refresh(touched);
  }

  /** Marks the open popover's and the browser's passage in the paragraphs they touch. */
  mark(activeId: number | null, targetId: number | null): void {
    const old = this.marked;
    if (old.activeId === activeId && old.targetId === targetId) return;
    this.marked = { activeId, targetId };
    const touched = new Set<number>();
    for (const id of new Set([old.activeId, old.targetId, activeId, targetId]))
      for (const start of this.startsOf(id)) touched.add(start);
    this.refresh(touched);
  }

  /** The paragraphs a passage lies in (none for null or a passage not shown). */
  private startsOf(id: number | null): number[] {
    const passage = id === null ? undefined : this.snapshot?.passages.find((p) => p.id === id);
    if (!passage) return [];
    const starts: number[] = [];
    for (let i = firstParagraphEndingAfter(this.parts, passage.start); i < this.parts.length; i++) {
      const part = this.parts[i]!;
      if (part.start >= passage.end) break;
      starts.push(part.start);
    }
    return starts;
  }

  /** Open quote suggestions by paragraph; returns the paragraphs whose marks changed. */
  private placeQuotes(snapshot: CodingSnapshot): number[] {
    const next = new Map<number, QuoteMark[]>();
    for (const quote of snapshot.quotes) {
      if (quote.status !== 'open') continue;
      const part = this.parts[firstParagraphEndingAfter(this.parts, quote.start)];
      if (!part || part.start >= quote.end) continue;
      const mark = { id: quote.id, start: quote.start, end: quote.end };
      const list = next.get(part.start);
      if (list) list.push(mark);
      else next.set(part.start, [mark]);
    }
    const changed: number[] = [];
    for (const [start, list] of next) {
      const before = this.quotes.get(start);
      if (before && JSON.stringify(before) === JSON.stringify(list)) next.set(start, before);
      else changed.push(start);
    }
    for (const start of this.quotes.keys()) if (!next.has(start)) changed.push(start);
    this.quotes = next;
    return changed;
  }

  private refresh(starts: Iterable<number>): void {
    const notify: Array<() => void> = [];
    for (const start of starts) {
      const items = this.items?.map.get(start) ?? NO_ITEMS;
      const touches = (id: number | null) =>
        id !== null && items.some((item) => item.passage.id === id) ? id : null;
      const slice: ParagraphSlice = {
        items,
        quotes: this.quotes.get(start) ?? NO_QUOTES,
        activeId: touches(this.marked.activeId),
        targetId: touches(this.marked.targetId),
      };
      const old = this.at(start);
      if (
        old.items === slice.items &&
        old.quotes === slice.quotes &&
        old.activeId === slice.activeId &&
        old.targetId === slice.targetId
      )
        continue;
      this.slices.set(start, slice);
      for (const listener of this.listeners.get(start) ?? []) notify.push(listener);
    }
    for (const listener of notify) listener();
  }
}
