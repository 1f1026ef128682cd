import { tokenize, type Token } from '../../shared/text/tokenize';
import type { QuotationSpan } from './findQuotationSpans';

/** How two neighbouring words are joined: what a phrase may run across. */
export type Gap = 'space' | 'hyphen' | 'initial' | 'apostrophe' | 'break';

/** The words of a body with what the attribution rules ask of them, computed once. */
export interface TextIndex {
  body: string;
  tokens: Token[];
  /** quoted[i]: token i lies between quotation marks (of any span, scare quotes included). */
  quoted: boolean[];
  /** gaps[i]: the join between token i and token i + 1. */
  gaps: Gap[];
  /** Offsets where sentences begin, ascending (paragraph starts included). */
  sentenceStarts: number[];
  /** Offsets where paragraphs end, ascending. */
  paragraphEnds: number[];
}

/**
 * Tokenises the body once and records gaps, quoted words, sentences and paragraphs. Linear.
 * `words`: tokenize(body) when the caller has it already (the import shares it with the index).
 */
export function buildTextIndex(body: string, spans: QuotationSpan[], words?: Token[]): TextIndex {
  const tokens = joinHyphenated(body, words ?? tokenize(body));
  const quoted = new Array<boolean>(tokens.length).fill(false);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i]!.start;
    while (s < spans.length && spanEnd(spans[s]!) < at) s++;
    // Spans may nest (a single quote inside a double one), so look at the next few as well.
    for (let k = s; k < spans.length && spans[k]!.open < at; k++) {
      if (at < spanEnd(spans[k]!)) {
        quoted[i] = true;
        break;
      }
    }
  }
  const gaps = tokens.map((token, i) => gapKind(body, token, tokens[i + 1]));
  return {
    body,
    tokens,
    quoted,
    gaps,
    sentenceStarts: findSentenceStarts(body),
    paragraphEnds: findParagraphEnds(body),
  };
}

/**
 * Joins a capitalised word to what a hyphen attaches to it, so names and titles stay whole:
 * Mikl-Leitner, Ban Ki-moon, SPÖ-Chefin, Secretary-General. Lower-case compounds (ex-minister)
 * stay apart, as their parts are read on their own.
 */
function joinHyphenated(body: string, tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const last = joined.at(-1);
    const glue = last && token.start === last.end + 1 ? body[last.end] : '';
    if (
      last &&
      (((glue === '-' || glue === '‐') && /^[\p{Lu}\p{N}]/u.test(last.text)) ||
        // O'Connor, D’Alema: one capital letter and an apostrophe before a capitalised name.
        ((glue === "'" || glue === '’') && /^\p{Lu}$/u.test(last.text) && /^\p{Lu}\p{Ll}/u.test(token.text)))
    ) {
      joined[joined.length - 1] = {
        text: body.slice(last.start, token.end),
        start: last.start,
        end: token.end,
      };
    } else joined.push(token);
  }
  return joined;
}

function spanEnd(span: QuotationSpan): number {
  return span.close ?? span.end;
}

function gapKind(body: string, token: Token, next: Token | undefined): Gap {
  if (!next) return 'break';
  // The common case, a single space, without building a string.
  if (next.start === token.end + 1 && body.charCodeAt(token.end) === 32) return 'space';
  const gap = body.slice(token.end, next.start);
  if (/^[ \t\u00a0]+$/.test(gap)) return 'space';
  if (gap === '-' || gap === '‐') return 'hyphen';
  // R. Mirkadirov, E.Blinken: the period of an initial does not end the name.
  if (/^\.[ \t\u00a0]?$/.test(gap) && token.text.length === 1 && /\p{Lu}/u.test(token.text)) return 'initial';
  if (gap === '’' || gap === "'") return 'apostrophe';
  return 'break';
}

/**
 * Sentence starts: after . ! ? (and any closing marks) followed by a space and a capital or an
 * opening mark, and at every paragraph. A period after an initial or a number (R. Mirkadirov,
 * "26. August") does not end a sentence.
 */
function findSentenceStarts(body: string): number[] {
  const starts = [0];
  const pattern = /[.!?…]+[”"’»“]*\s+(?=[\p{Lu}“„"«‘])|\n+/gu;
  for (const match of body.matchAll(pattern)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (match[0][0] !== '\n') {
      const before = body.slice(Math.max(0, at - 2), at);
      if (/(^|[^\p{L}])\p{Lu}$/u.test(before) || /\d$/.test(before)) continue;
    }
    if (end < body.length) starts.push(end);
  }
  return starts;
}

function findParagraphEnds(body: string): number[] {
  const ends: number[] = [];
  // indexOf jumps from newline to newline instead of visiting every character.
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
    if (i === 0 || body.charCodeAt(i - 1) !== 10) ends.push(i);
  }
  ends.push(body.length);
  return ends;
}

/** The last value in an ascending list that is ≤ offset (the list's first value if none). */
export function lastAtOrBefore(sorted: number[], offset: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = sorted[0] ?? 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= offset) {
      found = sorted[mid]!;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The first value in an ascending list that is ≥ offset, or undefined. */
export function firstAtOrAfter(sorted: number[], offset: number): number | undefined {
  let low = 0;
  let high = sorted.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! >= offset) {
      found = sorted[mid]!;
      high = mid - 1;
    } else low = mid + 1;
  }
  return found;
}

/** Index of the first token that starts at or after offset (tokens.length if none). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
