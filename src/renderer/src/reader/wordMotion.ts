// Word-wise motion over the body text, for the keyboard caret and for resizing passages. A "word"
// is a run of non-space characters, so punctuation and quotation marks travel with their word:
// extending a selection to “…said.” takes the full stop and the closing quote along.

const SPACE = /\s/;

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
