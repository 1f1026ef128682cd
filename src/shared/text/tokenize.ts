/** A word of the text with its UTF-16 offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters, marks and digits; apostrophes split words (Lavrov's → Lavrov, s), as FTS5's unicode61 does.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Splits text into words with offsets, the same way for indexing, snippets and highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** Number of words, as the reader and library show it. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
