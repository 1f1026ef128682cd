import { partitionPoint } from '../../../shared/partitionPoint';
import type { Passage, QuoteSuggestion } from '../../../shared/model';
import { byPosition } from './diffPassages';

/** The open document's codes as one immutable value: a change makes a new one. */
export interface CodingSnapshot {
  /** The document these belong to; null before any arrived. */
  id: number | null;
  /** In reading order (byPosition); an unchanged passage keeps its object from one snapshot to the next. */
  passages: Passage[];
  quotes: QuoteSuggestion[];
}

export const EMPTY_CODING: CodingSnapshot = { id: null, passages: [], quotes: [] };

/**
 * The open document's passages and quotes outside React, so a coding change re-renders the
 * components that show what changed (the reader's paragraphs, the popover, a count) and not the
 * workbench shell that owns the document. Two channels: `subscribe` hears a change at once (the
 * reader: the frame that shows a new bar must have it); `subscribeLater` hears it once the frame
 * after the change has been drawn (the side pane's list of 2,000 passages, the counts), so that
 * frame never waits for them.
 */
export class PassageStore {
  private state = EMPTY_CODING;
  private lagging = EMPTY_CODING;
  private readonly now = new Set<() => void>();
  private readonly later = new Set<() => void>();
  private catchUp: number | null = null;
  private index: { passages: Passage[]; byId: Map<number, Passage> } | null = null;
  /** Counts changes: a reader hidden meanwhile measures its bars again when shown. */
  version = 0;

  get = (): CodingSnapshot => this.state;
  getLater = (): CodingSnapshot => this.lagging;

  subscribe = (listener: () => void): (() => void) => {
    this.now.add(listener);
    return () => this.now.delete(listener);
  };

  subscribeLater = (listener: () => void): (() => void) => {
    this.later.add(listener);
    return () => this.later.delete(listener);
  };

  /** The current passages by id: built once per list, when asked for (a key or click needing them). */
  byId(): ReadonlyMap<number, Passage> {
    const { passages } = this.state;
    if (this.index?.passages !== passages)
      this.index = { passages, byId: new Map(passages.map((p) => [p.id, p])) };
    return this.index.byId;
  }

  /** Applies `change`; listeners hear of it only when it made a new snapshot. */
  update(change: (old: CodingSnapshot) => CodingSnapshot): void {
    const next = change(this.state);
    if (next === this.state) return;
    this.state = next;
    this.version++;
    for (const listener of [...this.now]) listener();
    // A new document (or none) reaches everyone at once: only changes within one may lag.
    if (next.id !== this.lagging.id) this.flushLater();
    else this.scheduleLater();
  }

  private scheduleLater(): void {
    if (this.catchUp !== null) return;
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      this.catchUp = window.setTimeout(() => this.flushLater(), 0);
      return;
    }
    // After the frame that shows the change: its animation frame callback posts a task.
    this.catchUp = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        this.flushLater();
      };
      channel.port2.postMessage(null);
    });
  }

  private flushLater(): void {
    this.catchUp = null;
    if (this.lagging === this.state) return;
    this.lagging = this.state;
    for (const listener of [...this.later]) listener();
  }
}

/** What a passage looks like to the reader: two with the same signature draw the same. */
export function signature(p: Passage): string {
  return `${p.start}:${p.end}:${p.status}:${p.kind}:${p.speaker ?? ''}:${p.memo}:${p.tag_ids.join(',')}`;
}

/**
 * Keeps the old object for every passage that did not change, so memoised paragraphs see the
 * same props and skip rendering when a refresh brings what the view already shows.
 */
export function reconcile(old: readonly Passage[], next: readonly Passage[]): Passage[] {
  const previous = new Map(old.map((p) => [p.id, p]));
  let same = old.length === next.length;
  const merged = next.map((p, i) => {
    const before = previous.get(p.id);
    const kept = before && signature(before) === signature(p) ? before : p;
    if (kept !== old[i]) same = false;
    return kept;
  });
  return same ? (old as Passage[]) : merged.sort(byPosition);
}

/**
 * The list in reading order without the passages `ids` and with `passage` (if any) in its place:
 * found by binary search, not by sorting 2,000 passages again for the one that changed.
 */
export function placed(list: readonly Passage[], ids: readonly number[], passage: Passage | null): Passage[] {
  const next = list.filter((p) => !ids.includes(p.id));
  if (!passage) return next;
  next.splice(
    partitionPoint(next.length, (i) => byPosition(next[i]!, passage) < 0),
    0,
    passage,
  );
  return next;
}

/**
 * The list with the passages `ids` as the engine now has them (`found`; an id not found was
 * deleted). An answer older than what the view shows (a reader's own later step arrived first)
 * is ignored for that passage.
 */
export function merge(
  old: Passage[],
  documentId: number,
  ids: readonly number[],
  found: readonly Passage[],
): Passage[] {
  const fresh = new Map(found.filter((p) => p.document_id === documentId).map((p) => [p.id, p]));
  const wanted = new Set(ids);
  let changed = false;
  const next: Passage[] = [];
  for (const passage of old) {
    if (!wanted.has(passage.id)) {
      next.push(passage);
      continue;
    }
    const now = fresh.get(passage.id);
    fresh.delete(passage.id);
    if (!now) {
      changed = true;
      continue;
    }
    const kept = now.updated_at < passage.updated_at || signature(now) === signature(passage) ? passage : now;
    if (kept !== passage) changed = true;
    next.push(kept);
  }
  for (const passage of fresh.values()) {
    next.push(passage);
    changed = true;
  }
  return changed ? next.sort(byPosition) : old;
}
