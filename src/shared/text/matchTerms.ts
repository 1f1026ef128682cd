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
  const folded = words.map(foldTerm);
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
