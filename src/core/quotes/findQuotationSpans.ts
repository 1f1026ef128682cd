/** A stretch of text between quotation marks, before any judgement on whether it is a quotation. */
export interface QuotationSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; null when the quote runs to the end of a paragraph unclosed. */
  close: number | null;
  /** The quoted text, trimmed of spaces and of a trailing comma (UTF-16 offsets into the text). */
  start: number;
  end: number;
  family: 'double' | 'single';
  /** True when the quote runs over a paragraph break. */
  multiParagraph: boolean;
}

type Role = 'open' | 'close' | 'either' | 'none';

const DOUBLE = new Set(['“', '”', '„', '‟', '"', '«', '»']);
const SINGLE = new Set(['‘', '’', '‚', '‹', '›']);
// Marks that only ever open (German low marks): their position cannot make them closers.
const ALWAYS_OPEN = new Set(['„', '‚']);
const CLOSING_GLYPH = new Set(['”', '»', '"', '’', '›']);

/**
 * Finds every pair of quotation marks, tolerating the marks of real, machine-translated text:
 * German „…“ and „…”, reversed closers with a space before them (`Karabakh. “`), spaced marks
 * (`“ … ”`), and quotes that run over paragraphs (an unclosed quote continues when the next
 * paragraph opens with a mark, or when its first mark is a closer). Apostrophes (Lavrov’s,
 * they’re) are never taken for single quotes. Linear in the length of the text.
 */
export function findQuotationSpans(text: string): QuotationSpan[] {
  const paragraphEnds = findParagraphEnds(text);
  const doubles = pairMarks(text, 'double', paragraphEnds, () => false);
  // Single marks inside a double quote are a quote within a quote: not reported on their own.
  const insideDouble = coverageTest(doubles);
  const singles = pairMarks(text, 'single', paragraphEnds, insideDouble);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

function pairMarks(
  text: string,
  family: 'double' | 'single',
  paragraphEnds: number[],
  skip: (offset: number) => boolean,
): QuotationSpan[] {
  const marks = family === 'double' ? DOUBLE : SINGLE;
  const spans: QuotationSpan[] = [];
  const state: { pending: { open: number; paragraph: number; multi: boolean } | null } = { pending: null };
  let paragraph = 0;

  const finish = (close: number | null, innerEnd: number) => {
    const pending = state.pending;
    state.pending = null;
    if (!pending) return;
    const span = trimmedSpan(text, pending.open, close, innerEnd, family, pending.multi);
    if (span) spans.push(span);
  };
  // A quote left open at the end of its paragraph and not continued: double quotes end there;
  // an unclosed single mark is more likely a stray apostrophe than a quote.
  const endAtParagraph = () => {
    if (family === 'double' && state.pending) finish(null, paragraphEnds[state.pending.paragraph]!);
    state.pending = null;
  };

  for (let i = 0; i < text.length; i++) {
    // Quotation marks are rare: test the code unit before making a one-character string.
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code < 0xab) continue;
    const char = text[i]!;
    if (!marks.has(char) || skip(i)) continue;
    while (paragraphEnds[paragraph]! < i) paragraph++;
    const role = markRole(text, i, family);
    if (role === 'none') continue;

    const pending = state.pending;
    if (pending && paragraph > pending.paragraph) {
      const inNext = paragraph === pending.paragraph + 1;
      const atStart = inNext && text.slice(paragraphStart(paragraphEnds, paragraph), i).trim() === '';
      if (atStart && role !== 'close') {
        // English convention: each continued paragraph repeats the opening mark, which stays
        // inside the quoted text.
        pending.paragraph = paragraph;
        pending.multi = true;
        continue;
      }
      if (inNext && role === 'close' && family === 'double') {
        // The next paragraph's first mark closes: the quote ran through without a repeated mark.
        finish(i, i);
        const last = spans.at(-1);
        if (last) last.multiParagraph = true;
        continue;
      }
      endAtParagraph();
    }

    if (!state.pending) {
      // A lone closing glyph with nothing open is a stray mark.
      if (role === 'open' || (role === 'either' && (char === '"' || !CLOSING_GLYPH.has(char)))) {
        state.pending = { open: i, paragraph, multi: false };
      }
      continue;
    }
    if (role === 'close' || role === 'either' || CLOSING_GLYPH.has(char)) {
      // A closing glyph in an odd spot (`word”word`) still closes.
      finish(i, i);
      continue;
    }
    // A clear opening mark while a quote is open: the open one was never closed and ends where
    // the new one begins.
    if (family === 'double') finish(null, i);
    state.pending = { open: i, paragraph, multi: false };
  }
  endAtParagraph();
  return spans;
}

/** How the mark at `i` can act, from the characters around it (the glyph is often wrong). */
function markRole(text: string, i: number, family: 'double' | 'single'): Role {
  const char = text[i]!;
  const left = i > 0 ? text[i - 1]! : '';
  const right = i + 1 < text.length ? text[i + 1]! : '';
  const leftWord = isWordChar(left);
  const rightWord = isWordChar(right);

  if (family === 'single') {
    // Lavrov’s, they’re, don’t: a mark between letters is an apostrophe.
    if (leftWord && rightWord) return 'none';
    if (char === '’' || char === '›')
      return leftWord || isClosingPunct(left) ? (isBoundaryAfter(right) ? 'close' : 'none') : 'none';
    if (isOpeningContext(left) && (rightWord || right === '“' || right === '"')) return 'open';
    if ((char === '‘' || char === '‹') && !isSpace(left) && isBoundaryAfter(right)) return 'close';
    return 'none';
  }

  if (ALWAYS_OPEN.has(char)) return 'open';
  if (right === '' || right === '\n' || right === '\r') return 'close';
  if (isSpace(left) && isSpace(right)) return 'either';
  if (isOpeningContext(left)) {
    // A reversed closer after a space: `Azerbaijan “.` or `begin “– R. Mirkadirov added`.
    return isClosingPunct(right) ? 'close' : 'open';
  }
  if (isBoundaryAfter(right)) return 'close';
  // Between two word characters: trust the glyph.
  return CLOSING_GLYPH.has(char) && char !== '"' ? 'close' : char === '"' ? 'either' : 'open';
}

function isSpace(char: string): boolean {
  return char === '' || /\s/.test(char);
}

function isWordChar(char: string): boolean {
  return char !== '' && /[\p{L}\p{N}\p{M}]/u.test(char);
}

function isClosingPunct(char: string): boolean {
  return /[.,;:!?)\]–—-]/.test(char);
}

function isOpeningContext(char: string): boolean {
  return char === '' || /[\s([{:–—\-/]/.test(char);
}

function isBoundaryAfter(char: string): boolean {
  return isSpace(char) || isClosingPunct(char) || /[”"’…]/.test(char);
}

function trimmedSpan(
  text: string,
  open: number,
  close: number | null,
  innerEnd: number,
  family: 'double' | 'single',
  multiParagraph: boolean,
): QuotationSpan | null {
  let start = open + 1;
  let end = innerEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  // A trailing comma belongs to the reporting sentence ("…initiative,” the expert said).
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { open, close, start, end, family, multiParagraph };
}

/** Offsets where each paragraph ends (its first newline, or the end of the text), ascending. */
function findParagraphEnds(text: string): number[] {
  const ends: number[] = [];
  // indexOf jumps from newline to newline instead of visiting every character.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) !== 10) ends.push(i);
  }
  ends.push(text.length);
  return ends;
}

function paragraphStart(paragraphEnds: number[], paragraph: number): number {
  return paragraph === 0 ? 0 : paragraphEnds[paragraph - 1]! + 1;
}

/** A test for "is this offset inside one of these spans", for offsets visited in ascending order. */
function coverageTest(spans: QuotationSpan[]): (offset: number) => boolean {
  let index = 0;
  return (offset) => {
    while (index < spans.length && (spans[index]!.close ?? spans[index]!.end) < offset) index++;
    const span = spans[index];
    return span !== undefined && span.open < offset && offset <= (span.close ?? span.end);
  };
}
