import { diffChars, type ChangeObject } from 'diff';
import { textQuote, type TextAnchor } from './textQuote';

export type ReanchorResult =
  { status: 'kept'; anchor: TextAnchor } | { status: 'moved'; anchor: TextAnchor } | { status: 'orphaned' };

/** Below this similarity a fuzzy candidate is not the same passage any more. */
const MIN_SIMILARITY = 0.6;

/**
 * Finds passages again after a document's text changed, in the order Hypothesis and the W3C
 * selectors suggest: (1) the old position still holds the exact text; (2) the exact text occurs
 * elsewhere — the occurrence whose surroundings match the stored prefix/suffix best, then the
 * nearest; (3) fuzzy: the old range carried through a character diff of old → new text, kept if
 * it still resembles the passage (edits inside it, shrunk or stretched). Otherwise orphaned.
 */
export function createReanchorer(oldBody: string, newBody: string) {
  let mapping: ((offset: number, side: 'start' | 'end') => number) | null | undefined;

  return function reanchor(passage: TextAnchor): ReanchorResult {
    const { start, end, exact } = passage;
    if (exact === '') return { status: 'orphaned' };
    if (newBody.slice(start, end) === exact)
      return { status: 'kept', anchor: textQuote(newBody, start, end) };

    const found = bestOccurrence(newBody, passage);
    if (found !== null) return { status: 'moved', anchor: textQuote(newBody, found, found + exact.length) };

    mapping ??= diffMapping(oldBody, newBody);
    if (!mapping) return { status: 'orphaned' };
    const newStart = mapping(start, 'start');
    const newEnd = mapping(end, 'end');
    if (newEnd <= newStart) return { status: 'orphaned' };
    const candidate = newBody.slice(newStart, newEnd);
    if (similarity(candidate, exact) < MIN_SIMILARITY) return { status: 'orphaned' };
    return { status: 'moved', anchor: textQuote(newBody, newStart, newEnd) };
  };
}

/** Start of the occurrence of `exact` with the best-matching context, or null if none. */
function bestOccurrence(body: string, { exact, prefix, suffix, start }: TextAnchor): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let at = body.indexOf(exact); at >= 0; at = body.indexOf(exact, at + 1)) {
    const score =
      commonSuffixLength(body.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(body.slice(at + exact.length, at + exact.length + suffix.length), suffix) -
      Math.abs(at - start) / 1e6; // nearer wins a tie
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/**
 * A function carrying offsets of the old text to the new one. Offsets inside deleted text go to
 * where the deletion happened; insertions at a passage's edge stay outside it. Null when the two
 * texts are too different to diff in reasonable time.
 */
function diffMapping(oldBody: string, newBody: string) {
  const changes = diffChars(oldBody, newBody, { timeout: 2000 }) as ChangeObject<string>[] | undefined;
  if (!changes) return null;
  // Segments: [oldStart, oldEnd) → newStart, for kept and removed runs.
  const segments: Array<{ oldStart: number; oldEnd: number; newStart: number; kept: boolean }> = [];
  let oldAt = 0;
  let newAt = 0;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) newAt += length;
    else if (change.removed) {
      segments.push({ oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt, kept: false });
      oldAt += length;
    } else {
      segments.push({ oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt, kept: true });
      oldAt += length;
      newAt += length;
    }
  }
  return (offset: number, side: 'start' | 'end'): number => {
    for (const segment of segments) {
      const inside = side === 'start' ? offset < segment.oldEnd : offset <= segment.oldEnd;
      if (offset >= segment.oldStart && inside) {
        return segment.kept ? segment.newStart + (offset - segment.oldStart) : segment.newStart;
      }
    }
    return newAt;
  };
}

/** Share of characters two strings have in common, 0…1 (Dice coefficient over a char diff). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const changes = diffChars(a, b, { timeout: 200 }) as ChangeObject<string>[] | undefined;
  if (!changes) return 0;
  const common = changes
    .filter((change) => !change.added && !change.removed)
    .reduce((sum, change) => sum + change.value.length, 0);
  return (2 * common) / (a.length + b.length);
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
