import type { Passage } from '../../../shared/model';

/** Reading order of the open document's passages (the order useDocumentCoding keeps them in). */
export function byPosition(a: Passage, b: Passage): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/**
 * What differs between two lists of passages in reading order, by object: `added` are in `next`
 * and not in `old` (new, or changed: a change is a new object), `removed` the other way round.
 * One walk over both, no map or set of 2,000 passages built per change; null when more than
 * `max` differ (then a fresh computation is as cheap).
 */
export function diffPassages(
  old: readonly Passage[],
  next: readonly Passage[],
  max: number,
): { added: Passage[]; removed: Passage[] } | null {
  const added: Passage[] = [];
  const removed: Passage[] = [];
  let i = 0;
  let j = 0;
  while (i < next.length || j < old.length) {
    const a = next[i];
    const b = old[j];
    if (a !== undefined && a === b) {
      i++;
      j++;
      continue;
    }
    if (b === undefined || (a !== undefined && byPosition(a, b) < 0)) {
      added.push(a!);
      i++;
    } else {
      removed.push(b);
      j++;
    }
    if (added.length + removed.length > max) return null;
  }
  return { added, removed };
}
