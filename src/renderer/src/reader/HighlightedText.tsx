import type { ReactNode } from 'react';
import { matchWords, type QueryTerm } from '../../../shared/text/matchTerms';
import { tokenize } from '../../../shared/text/tokenize';

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
  terms: readonly QueryTerm[];
}) {
  if (terms.length === 0) return <>{text}</>;
  const tokens = tokenize(text);
  const matched = new Set(
    matchWords(
      tokens.map((token) => token.text),
      terms,
    ),
  );
  if (matched.size === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  tokens.forEach(({ text: word, start }, index) => {
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
