import type { ReactNode } from 'react';
import { matchTerms, type FoldedTerm } from '../search/matchTerms';

// Same word boundaries as the engine (src/core/text/tokenize.ts): letters, marks and digits.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Text with the words that match the folded search terms wrapped in <mark>. Each mark carries its
 * offset in the body (`data-offset`), so the reader can scroll to the hit the search reported.
 */
export function HighlightedText({
  text,
  offset,
  terms,
}: {
  text: string;
  offset: number;
  terms: readonly FoldedTerm[];
}) {
  if (terms.length === 0) return <>{text}</>;
  const tokens = Array.from(text.matchAll(WORD), (match) => ({ word: match[0], start: match.index }));
  const matched = matchTerms(
    tokens.map((token) => token.word),
    terms,
  );
  if (matched.size === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  tokens.forEach(({ word, start }, index) => {
    if (!matched.has(index)) return;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="term" data-offset={offset + start}>
        {word}
      </mark>,
    );
    at = start + word.length;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
