import { foldTerm } from '../../shared/text/foldTerm';
import { tokenize, type Token } from '../../shared/text/tokenize';
import type { QueryTerm } from './parseQuery';

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
  const snippet = prefix + text.slice(start, end).replace(/\s/g, ' ') + suffix;
  const highlights: Array<[number, number]> = [];
  for (const index of matched) {
    if (index < from || index > to) continue;
    const token = tokens[index]!;
    highlights.push([token.start - start + prefix.length, token.end - start + prefix.length]);
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
  const folded = tokens.map((token) => foldTerm(token.text));
  const hits = new Set<number>();
  for (const term of terms) {
    const last = term.words.length - 1;
    for (let i = 0; i + last < folded.length; i++) {
      const fits = term.words.every((word, k) =>
        k === last && term.prefix ? folded[i + k]!.startsWith(word) : folded[i + k] === word,
      );
      if (fits) for (let k = 0; k <= last; k++) hits.add(i + k);
    }
  }
  return [...hits].sort((a, b) => a - b);
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
