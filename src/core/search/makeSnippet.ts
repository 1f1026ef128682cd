import type { Token } from '../../shared/text/tokenize';
import { foldTerm } from '../../shared/text/foldTerm';
import { matchWords, type QueryTerm } from '../../shared/text/matchTerms';
import type { MatchTerm } from './compileQuery';
import { TextMatcher, type Occurrence } from './findMatches';
import type { StemLanguage } from './stemWord';

export interface Snippet {
  snippet: string;
  highlights: Array<[number, number]>;
  hit_offset: number;
  hit_count: number;
  /** The matched words as the index folds them ("sanctioned", "sergey lavrov"), for the reader. */
  forms: string[];
}

const WINDOW_WORDS = 36;
const LEAD_WORDS = 10;

/**
 * Cuts a window of text around the densest cluster of matches and marks every match (a phrase
 * as one mark, counted once). Matching compares folded words and stems, so a search for Lavrov
 * highlights Lawrow in a German text and sanctions highlights sanctioned.
 */
export function makeSnippet(
  text: string,
  language: StemLanguage | null,
  terms: readonly MatchTerm[],
  matcher: TextMatcher = new TextMatcher(terms),
): Snippet {
  const { starts, ends, occurrences: matched } = matcher.scan(text, language);
  if (starts.length === 0) return { snippet: '', highlights: [], hit_offset: 0, hit_count: 0, forms: [] };
  const first = bestWindowStart(matched);
  const from = Math.max(0, first - LEAD_WORDS);
  const to = Math.min(starts.length - 1, from + WINDOW_WORDS);
  const start = starts[from]!;
  const end = ends[to]!;
  const prefix = from > 0 ? '…' : '';
  const suffix = to < starts.length - 1 ? '…' : '';
  // Paragraph breaks read as " · " in a one-line snippet; highlights shift past each one.
  const slice = text.slice(start, end);
  const breaks = [...slice.matchAll(/\n\n/g)].map((match) => match.index ?? 0);
  const shift = (at: number) => prefix.length + breaks.filter((position) => position < at).length;
  const snippet = prefix + slice.replace(/\n\n/g, ' · ').replace(/\s/g, ' ') + suffix;
  const highlights: Array<[number, number]> = [];
  for (const [a, b] of matched) {
    if (a < from || b > to) continue;
    const at = starts[a]! - start;
    const until = ends[b]! - start;
    highlights.push([at + shift(at), until + shift(until - 1)]);
  }
  const forms = new Set<string>();
  for (const [a, b] of matched) {
    const words: string[] = [];
    for (let i = a; i <= b; i++) words.push(foldTerm(text.slice(starts[i], ends[i])));
    forms.add(words.join(' '));
  }
  return {
    snippet,
    highlights,
    hit_offset: matched.length > 0 ? starts[matched[0]![0]]! : 0,
    hit_count: matched.length,
    forms: [...forms],
  };
}

/** Indexes of tokens that belong to a match of any term (phrases need their words in sequence). */
export function matchTokens(tokens: Token[], terms: QueryTerm[]): number[] {
  return matchWords(
    tokens.map((token) => token.text),
    terms,
  );
}

/** The occurrence that starts the window holding the most occurrences (token index). */
function bestWindowStart(matched: Occurrence[]): number {
  if (matched.length === 0) return 0;
  let best = matched[0]![0];
  let bestCount = 0;
  let right = 0;
  for (let left = 0; left < matched.length; left++) {
    while (right < matched.length && matched[right]![1] - matched[left]![0] <= WINDOW_WORDS - LEAD_WORDS)
      right++;
    if (right - left > bestCount) {
      bestCount = right - left;
      best = matched[left]![0];
    }
  }
  return best;
}
