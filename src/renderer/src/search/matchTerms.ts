import { foldWord } from './foldWord';

/** A search term as the engine reports it in `SearchResult.terms`: "lavrov", "sergey lavrov", "lavr*". */
export interface FoldedTerm {
  words: string[];
  prefix: boolean;
}

export function parseTerms(terms: readonly string[]): FoldedTerm[] {
  return terms
    .map((term) => {
      const prefix = term.endsWith('*');
      const words = (prefix ? term.slice(0, -1) : term).split(/\s+/).filter(Boolean);
      return { words, prefix };
    })
    .filter((term) => term.words.length > 0);
}

/**
 * Indexes of the words that belong to a match of any term, the way the engine's snippets
 * decide it: folded words equal (the last word of a prefix term: starts with), phrases in sequence.
 */
export function matchTerms(words: readonly string[], terms: readonly FoldedTerm[]): Set<number> {
  const folded = words.map(foldWord);
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
  return hits;
}
