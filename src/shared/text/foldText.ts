import { foldTerm } from './foldTerm';
import { tokenize } from './tokenize';

/** The folded form of a whole text, word by word, as fed to the full-text index. */
export function foldText(text: string): string {
  return tokenize(text)
    .map((token) => foldTerm(token.text))
    .join(' ');
}
