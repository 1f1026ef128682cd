import type { Passage } from '../../../shared/model';

/** A passage as one paragraph draws it: with the lane of its margin bar. */
export interface PassageItem {
  passage: Passage;
  lane: number;
}

/** An open quote suggestion, marked lightly in the text. */
export interface QuoteMark {
  id: number;
  start: number;
  end: number;
}

/** A run of text covered by the same passages, quote hint and search mark. */
export interface Segment {
  start: number;
  end: number;
  /** Covering passages, nearest lane first. */
  items: PassageItem[];
  quote: number | null;
  /** 1: a search mark starts here; 2: the rest of a mark split by a passage edge. */
  term: 0 | 1 | 2;
}

type Event = { at: number; open: boolean } & (
  { type: 'passage'; item: PassageItem } | { type: 'quote'; id: number } | { type: 'term'; start: number }
);

/**
 * Splits a paragraph [start, end) at every edge of the passages, quote hints and search marks
 * inside it, in one sweep over the sorted edges (so a paragraph with many passages stays linear
 * in its edges, not quadratic).
 */
export function segmentParagraph(
  start: number,
  end: number,
  items: readonly PassageItem[],
  quotes: readonly QuoteMark[],
  terms: ReadonlyArray<readonly [number, number]>,
): Segment[] {
  const events: Event[] = [];
  const clamp = (value: number) => Math.max(start, Math.min(end, value));
  for (const item of items) {
    const from = clamp(item.passage.start);
    const to = clamp(item.passage.end);
    if (to <= from) continue;
    events.push(
      { at: from, open: true, type: 'passage', item },
      { at: to, open: false, type: 'passage', item },
    );
  }
  for (const quote of quotes) {
    const from = clamp(quote.start);
    const to = clamp(quote.end);
    if (to <= from) continue;
    events.push(
      { at: from, open: true, type: 'quote', id: quote.id },
      { at: to, open: false, type: 'quote', id: quote.id },
    );
  }
  for (const [termStart, termEnd] of terms) {
    const from = clamp(termStart);
    const to = clamp(termEnd);
    if (to <= from) continue;
    events.push(
      { at: from, open: true, type: 'term', start: from },
      { at: to, open: false, type: 'term', start: from },
    );
  }
  // Closing before opening at the same offset, so touching ranges do not overlap.
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));

  const active = new Set<PassageItem>();
  let quote: number | null = null;
  let termStart: number | null = null;
  const segments: Segment[] = [];
  let at = start;
  let i = 0;
  const emit = (to: number): void => {
    if (to <= at) return;
    const covering = active.size === 0 ? [] : [...active].sort((a, b) => a.lane - b.lane);
    const term = termStart === null ? 0 : termStart === at ? 1 : 2;
    segments.push({ start: at, end: to, items: covering, quote, term });
    at = to;
  };
  while (i < events.length) {
    const position = events[i]!.at;
    emit(position);
    for (; i < events.length && events[i]!.at === position; i++) {
      const event = events[i]!;
      if (event.type === 'passage') {
        if (event.open) active.add(event.item);
        else active.delete(event.item);
      } else if (event.type === 'quote') quote = event.open ? event.id : quote === event.id ? null : quote;
      else termStart = event.open ? event.start : null;
    }
  }
  emit(end);
  return segments;
}
