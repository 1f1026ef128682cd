import type { Passage } from '../../../shared/model';
import { diffPassages } from './diffPassages';

export interface Lanes {
  /** Passage id → lane (0 is next to the text). */
  lane: Map<number, number>;
  /** Lanes in use: the deepest overlap in the document. */
  count: number;
  /** Tells these lanes apart (a number, so that a chain of lanes is not kept alive). */
  id?: number;
  /** The id of the lanes these were made from by updateLanes: every passage still there kept its lane. */
  from?: number;
}

let lanesMade = 0;

/**
 * Interval colouring of the passages: each gets the lowest lane free at its start, so passages
 * that overlap (or touch) never share a lane and the number of lanes equals the deepest overlap (greedy by
 * start is optimal for intervals). Longer passages go first at a shared start, so an enclosing
 * passage sits nearer the text than the ones nested inside it. O(n log n).
 */
/**
 * Passages closer than this many characters count as overlapping: two that touch ("…said." and
 * the next sentence) would otherwise share a lane, and their bars would meet (or, on one line,
 * lie on top of each other) so that only one of them could be grabbed.
 */
const ADJACENT = 2;

export function computeLanes(passages: readonly Passage[]): Lanes {
  const sorted = passages
    .filter((p) => p.status === 'anchored')
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const lane = new Map<number, number>();
  const busy = new MinHeap<[number, number]>((a, b) => a[0] - b[0]); // [end, lane]
  const free = new MinHeap<number>((a, b) => a - b);
  let count = 0;
  for (const passage of sorted) {
    while (busy.size > 0 && busy.peek()![0] + ADJACENT <= passage.start) free.push(busy.pop()![1]);
    const chosen = free.size > 0 ? free.pop()! : count++;
    lane.set(passage.id, chosen);
    busy.push([passage.end, chosen]);
  }
  return { lane, count, id: ++lanesMade };
}

/** Beyond this many new or re-shaped passages, a fresh colouring is as cheap and tighter. */
const INCREMENTAL_MAX = 64;

/**
 * Lanes for a new list of the same document's passages, keeping every unchanged passage in the
 * lane it had: a new or re-shaped passage takes its old lane if still free, else the lowest lane
 * no overlapping passage uses. So coding one passage moves no other bar, and only the paragraphs
 * the passage touches re-render. Falls back to `computeLanes` when much changed.
 */
export function updateLanes(
  previous: { passages: readonly Passage[]; lanes: Lanes } | null,
  passages: readonly Passage[],
): Lanes {
  if (!previous) return computeLanes(passages);
  const diff = diffPassages(previous.passages, passages, INCREMENTAL_MAX);
  if (!diff) return computeLanes(passages);
  const lane = new Map(previous.lanes.lane);
  const was = new Map(diff.removed.map((p) => [p.id, p]));
  for (const passage of diff.removed) lane.delete(passage.id);
  const pending: Passage[] = [];
  for (const passage of diff.added) {
    lane.delete(passage.id);
    if (passage.status !== 'anchored') continue;
    const old = was.get(passage.id);
    const oldLane = previous.lanes.lane.get(passage.id);
    if (old && oldLane !== undefined && old.start === passage.start && old.end === passage.end)
      lane.set(passage.id, oldLane);
    else pending.push(passage);
  }
  for (const passage of pending) {
    const taken = new Set<number>();
    for (const other of passages) {
      const used = lane.get(other.id);
      if (used !== undefined && other.start < passage.end + ADJACENT && passage.start < other.end + ADJACENT)
        taken.add(used);
    }
    const wish = previous.lanes.lane.get(passage.id);
    let chosen = wish !== undefined && !taken.has(wish) ? wish : 0;
    while (taken.has(chosen)) chosen++;
    lane.set(passage.id, chosen);
  }
  let count = 0;
  for (const value of lane.values()) count = Math.max(count, value + 1);
  return { lane, count, id: ++lanesMade, from: previous.lanes.id };
}

class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.less(items[at]!, items[parent]!) >= 0) break;
      [items[at], items[parent]] = [items[parent]!, items[at]!];
      at = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let least = at;
        if (left < items.length && this.less(items[left]!, items[least]!) < 0) least = left;
        if (right < items.length && this.less(items[right]!, items[least]!) < 0) least = right;
        if (least === at) break;
        [items[at], items[least]] = [items[least]!, items[at]!];
        at = least;
      }
    }
    return top;
  }
}
