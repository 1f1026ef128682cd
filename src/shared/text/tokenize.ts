/** A word of the text with its UTF-16 offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * A test of whether the character at `i` belongs to a class (`pattern` matches one character):
 * its length in UTF-16 units if it does, else 0. A table per BMP code unit, filled as characters
 * are met, instead of a regular expression match per word or character: tokenizing and story
 * signatures run over every document at import.
 */
export function characterClass(pattern: RegExp): (text: string, i: number) => number {
  /** Per BMP code unit that is not a surrogate: 0 not yet known, 1 in the class, 2 not. */
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, boolean>();
  return (text, i) => {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) {
      let known = bmp[code]!;
      if (known === 0) bmp[code] = known = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      return known === 1 ? 1 : 0;
    }
    const point = text.codePointAt(i)!;
    let known = astral.get(point);
    if (known === undefined) {
      known = pattern.test(String.fromCodePoint(point));
      astral.set(point, known);
    }
    return known ? (point > 0xffff ? 2 : 1) : 0;
  };
}

/**
 * The length (UTF-16 units) of the character at `i` if it is a letter, mark or digit (a word
 * character), else 0. Words are runs of them; apostrophes split words (Lavrov's → Lavrov, s),
 * as FTS5's unicode61 does.
 */
export const wordCharLength = characterClass(/^[\p{L}\p{M}\p{N}]$/u);

/** Splits text into words with offsets, the same way for indexing, snippets and highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += step;
    while (i < length && (step = wordCharLength(text, i)) > 0);
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
  return tokens;
}

/** Number of words, as the reader and library show it. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const step = wordCharLength(text, i);
    if (step > 0 && !inWord) count++;
    inWord = step > 0;
    i += step || 1;
  }
  return count;
}
