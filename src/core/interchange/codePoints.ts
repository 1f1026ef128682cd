/**
 * REFI-QDA counts text positions in Unicode code points; Lectern (like JavaScript and the DOM)
 * stores UTF-16 code units. They differ after every astral character (emoji, many CJK extension
 * characters, mathematical letters …), which take two units but one code point.
 */

/** Converts many UTF-16 offsets of one text to code point offsets, in one pass over the text. */
export function codePointCounter(text: string): (utf16Offset: number) => number {
  // Positions (in UTF-16 units) of the second half of each surrogate pair, ascending.
  const lows: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        lows.push(i + 1);
        i++;
      }
    }
  }
  return (offset) => offset - countBelowOrAt(lows, offset - 1);
}

/** Converts code point offsets of one text back to UTF-16 offsets (offsets past the end give null). */
export function utf16Counter(text: string): { toUtf16(codePoint: number): number | null; length: number } {
  // For each astral character, its code point index, ascending.
  const astral: number[] = [];
  let codePoints = 0;
  for (let i = 0; i < text.length; i++, codePoints++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(codePoints);
        i++;
      }
    }
  }
  return {
    length: codePoints,
    toUtf16(codePoint) {
      if (codePoint < 0 || codePoint > codePoints) return null;
      return codePoint + countBelowOrAt(astral, codePoint - 1);
    },
  };
}

/** How many values of the ascending list are <= limit (binary search). */
function countBelowOrAt(sorted: number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
