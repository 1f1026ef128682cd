// Word-wise helpers of the reader; the motions themselves live in shared/text/wordMotion, where the
// engine uses them too.
import { nextWordEnd, SPACE } from '../../../shared/text/wordMotion';

export { nextWordEnd, nextWordStart, prevWordEnd, prevWordStart } from '../../../shared/text/wordMotion';

/** A range without the spaces and line breaks at its ends; null when nothing but space remains. */
export function trimRange(body: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(body.length, Math.max(start, end));
  while (from < to && SPACE.test(body[from]!)) from++;
  while (to > from && SPACE.test(body[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : null;
}

/** The whole word around `offset`, or the next word when the offset sits in spaces. */
export function wordAt(body: string, offset: number): { start: number; end: number } | null {
  let start = Math.max(0, Math.min(offset, body.length));
  while (start > 0 && !SPACE.test(body[start - 1]!)) start--;
  const end = nextWordEnd(body, start);
  return trimRange(body, start, end);
}

/** A few words of a passage for labels: “Lavrov said that the …”. */
export function excerpt(text: string, words = 6): string {
  const all = text.trim().split(/\s+/);
  return `“${all.slice(0, words).join(' ')}${all.length > words ? '…' : ''}”`;
}
