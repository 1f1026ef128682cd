// Word-wise motion over a document body, shared by the reader (caret, selection) and the engine
// (moving a passage's ends a word at a time). A "word" is a run of non-space characters, so
// punctuation and quotation marks travel with their word: extending a selection to “…said.” takes
// the full stop and the closing quote along.

export const SPACE = /\s/;

/** The end of the word at or after `offset` (skipping spaces first). */
export function nextWordEnd(body: string, offset: number): number {
  let at = Math.max(0, offset);
  while (at < body.length && SPACE.test(body[at]!)) at++;
  while (at < body.length && !SPACE.test(body[at]!)) at++;
  return at;
}

/** The start of the word at or before `offset` (skipping spaces first). */
export function prevWordStart(body: string, offset: number): number {
  let at = Math.min(body.length, offset);
  while (at > 0 && SPACE.test(body[at - 1]!)) at--;
  while (at > 0 && !SPACE.test(body[at - 1]!)) at--;
  return at;
}

/** The start of the word after `offset` (for moving a passage's start to the right). */
export function nextWordStart(body: string, offset: number): number {
  let at = Math.max(0, offset);
  while (at < body.length && !SPACE.test(body[at]!)) at++;
  while (at < body.length && SPACE.test(body[at]!)) at++;
  return at;
}

/** The end of the word before `offset` (for moving a passage's end to the left). */
export function prevWordEnd(body: string, offset: number): number {
  let at = Math.min(body.length, offset);
  while (at > 0 && !SPACE.test(body[at - 1]!)) at--;
  while (at > 0 && SPACE.test(body[at - 1]!)) at--;
  return at;
}

/**
 * Where a passage's `edge` lands after moving one word in `direction`; null when that would leave
 * an empty passage or change nothing. The engine applies it to the stored passage, so quick
 * presses each move one word from wherever the previous one left it.
 */
export function nudgeRange(
  body: string,
  range: { start: number; end: number },
  edge: 'start' | 'end',
  direction: -1 | 1,
): { start: number; end: number } | null {
  if (edge === 'end') {
    const end = direction > 0 ? nextWordEnd(body, range.end) : prevWordEnd(body, range.end);
    return end > range.start && end !== range.end ? { start: range.start, end } : null;
  }
  const start = direction > 0 ? nextWordStart(body, range.start) : prevWordStart(body, range.start);
  return start < range.end && start !== range.start ? { start, end: range.end } : null;
}
