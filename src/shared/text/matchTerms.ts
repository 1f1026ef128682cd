import { foldTerm } from './foldTerm';

/** A term to match: folded words in sequence (a phrase has several), the last maybe a prefix. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

/** Reads terms as the engine reports them in `SearchResult.terms`: "lavrov", "sergey lavrov", "lavr*". */
export function parseTerms(terms: readonly string[]): QueryTerm[] {
  return terms
    .map((term) => {
      const prefix = term.endsWith('*');
      const words = (prefix ? term.slice(0, -1) : term).split(/\s+/).filter(Boolean);
      return { words, prefix };
    })
    .filter((term) => term.words.length > 0);
}

/** Writes a term the way `parseTerms` reads it. */
export function formatTerm(term: QueryTerm): string {
  return term.words.join(' ') + (term.prefix ? '*' : '');
}

/**
 * Indexes (ascending) of the words that belong to a match of any term: folded words equal (the
 * last word of a prefix term: starts with), phrases in sequence. The engine's snippets and the
 * reader's highlights both use this, so what search finds is what the reader marks.
 */
export function matchWords(words: readonly string[], terms: readonly QueryTerm[]): number[] {
  const hits = new Set<number>();
  for (const [first, last] of matchRanges(words, terms)) for (let k = first; k <= last; k++) hits.add(k);
  return [...hits].sort((a, b) => a - b);
}

/**
 * Each match as [first, last] word index (inclusive), in order, overlapping ones merged: a phrase
 * is one match, so "Sergey Lavrov" counts once, not once per word.
 */
export function matchRanges(words: readonly string[], terms: readonly QueryTerm[]): Array<[number, number]> {
  const folded = words.map(foldTerm);
  const found: Array<[number, number]> = [];
  for (const term of terms) {
    const last = term.words.length - 1;
    for (let i = 0; i + last < folded.length; i++) {
      const fits = term.words.every((word, k) =>
        k === last && term.prefix ? folded[i + k]!.startsWith(word) : folded[i + k] === word,
      );
      if (fits) found.push([i, i + last]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
