import { tokenize, type Token } from '../../shared/text/tokenize';
import { matchWords, type QueryTerm } from '../../shared/text/matchTerms';

export interface Snippet {
  snippet: string;
  highlights: Array<[number, number]>;
  hit_offset: number;
  hit_count: number;
}

const WINDOW_WORDS = 36;
const LEAD_WORDS = 10;

/**
 * Cuts a window of text around the densest cluster of matches and marks every matching word.
 * Matching compares folded words, so a search for Lavrov highlights Lawrow in a German text.
 */
export function makeSnippet(text: string, terms: QueryTerm[]): Snippet {
  const tokens = tokenize(text);
  const matched = matchTokens(tokens, terms);
  if (tokens.length === 0) return { snippet: '', highlights: [], hit_offset: 0, hit_count: 0 };
  const first = bestWindowStart(matched);
  const from = Math.max(0, first - LEAD_WORDS);
  const to = Math.min(tokens.length - 1, from + WINDOW_WORDS);
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  const prefix = from > 0 ? '…' : '';
  const suffix = to < tokens.length - 1 ? '…' : '';
  // Paragraph breaks read as " · " in a one-line snippet; highlights shift past each one.
  const slice = text.slice(start, end);
  const breaks = [...slice.matchAll(/\n\n/g)].map((match) => match.index ?? 0);
  const shift = (at: number) => prefix.length + breaks.filter((position) => position < at).length;
  const snippet = prefix + slice.replace(/\n\n/g, ' · ').replace(/\s/g, ' ') + suffix;
  const highlights: Array<[number, number]> = [];
  for (const index of matched) {
    if (index < from || index > to) continue;
    const token = tokens[index]!;
    const at = token.start - start;
    highlights.push([at + shift(at), at + shift(at) + token.text.length]);
  }
  return {
    snippet,
    highlights,
    hit_offset: matched.length > 0 ? tokens[matched[0]!]!.start : 0,
    hit_count: matched.length,
  };
}

/** Indexes of tokens that belong to a match of any term (phrases need their words in sequence). */
export function matchTokens(tokens: Token[], terms: QueryTerm[]): number[] {
  return matchWords(
    tokens.map((token) => token.text),
    terms,
  );
}

/** The match that starts the window holding the most matches. */
function bestWindowStart(matched: number[]): number {
  if (matched.length === 0) return 0;
  let best = matched[0]!;
  let bestCount = 0;
  let right = 0;
  for (let left = 0; left < matched.length; left++) {
    while (right < matched.length && matched[right]! - matched[left]! <= WINDOW_WORDS - LEAD_WORDS) right++;
    if (right - left > bestCount) {
      bestCount = right - left;
      best = matched[left]!;
    }
  }
  return best;
}
