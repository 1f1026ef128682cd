import type { ReactNode } from 'react';
import { matchesTerm } from '../search/foldWord';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Text with the words that match the folded search terms wrapped in <mark>. Each mark carries its
 * offset in the body (`data-offset`), so the reader can scroll to the hit the search reported.
 */
export function HighlightedText({ text, offset, terms }: { text: string; offset: number; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (!matchesTerm(word, terms)) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="term" data-offset={offset + start}>
        {word}
      </mark>,
    );
    at = start + word.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
