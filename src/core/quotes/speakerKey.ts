import { foldTerm } from '../../shared/text/foldTerm';
import { tokenize } from '../../shared/text/tokenize';

/**
 * One key for the spellings of a person's name across sources and languages — Sergei Lavrov,
 * Sergey Lavrov, Sergej Lawrow → "sergey lavrov" — so the speaker list groups their quotes.
 */
export function speakerKey(name: string): string {
  return tokenize(name)
    .map((token) => foldTerm(token.text))
    .join(' ');
}
