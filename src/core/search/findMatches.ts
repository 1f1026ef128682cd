import type { Token } from '../../shared/text/tokenize';
import { foldTerm } from '../../shared/text/foldTerm';
import type { MatchTerm } from './compileQuery';
import { stemKey, type StemLanguage } from './stemWord';

/** One occurrence of a term: token indexes, first and last inclusive (a phrase is one occurrence). */
export type Occurrence = [number, number];

/**
 * Every occurrence of the terms in a text, in order, overlapping ones merged: a phrase counts
 * once, not once per word. A token matches a word by its folded form, or — for unquoted words —
 * by its stem in the document's language (or a compound containing it), as the index does.
 */
export function findMatches(
  tokens: readonly Token[],
  language: StemLanguage | null,
  terms: readonly MatchTerm[],
): Occurrence[] {
  if (terms.length === 0 || tokens.length === 0) return [];
  const folded: string[] = new Array<string>(tokens.length);
  const stems: Array<string | undefined> = new Array<string | undefined>(tokens.length);
  const fold = (i: number) => (folded[i] ??= foldTerm(tokens[i]!.text));
  const stem = (i: number) => (stems[i] ??= stemKey(tokens[i]!.text, language));
  // Stemming every token is the costly part; a token is stemmed only if its folded form starts
  // like one of the keys (a Snowball stem keeps the word's first letters).
  const heads = new Set<string>();
  for (const term of terms)
    for (const keys of term.keys) for (const key of keys ?? []) heads.add(key.slice(0, 2));
  const fits = (term: MatchTerm, k: number, i: number) => {
    const word = term.words[k]!;
    const last = k === term.words.length - 1;
    const form = fold(i);
    if (last && term.prefix) return form.startsWith(word);
    if (form === word) return true;
    const keys = term.keys[k];
    return keys != null && heads.has(form.slice(0, 2)) && keys.has(stem(i));
  };
  const found: Occurrence[] = [];
  for (const term of terms) {
    const span = term.words.length - 1;
    for (let i = 0; i + span < tokens.length; i++) {
      let all = true;
      for (let k = 0; k <= span && all; k++) all = fits(term, k, i + k);
      if (all) found.push([i, i + span]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Occurrence[] = [];
  for (const occurrence of found) {
    const last = merged.at(-1);
    if (last && occurrence[0] <= last[1]) last[1] = Math.max(last[1], occurrence[1]);
    else merged.push([...occurrence]);
  }
  return merged;
}
