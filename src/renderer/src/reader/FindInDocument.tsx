import { useEffect, useRef, useState } from 'react';
import { foldTerm } from '../../../shared/text/foldTerm';
import { tokenize } from '../../../shared/text/tokenize';
import { StepMatch } from './StepMatch';
import type { TermNavigation } from './useTermNavigation';

interface Props {
  navigation: TermNavigation;
  /** The folded phrase to mark (its last word as a prefix, found as it is typed), or null for none. */
  onTerms(terms: string[] | null): void;
  onClose(): void;
}

/**
 * Find in the open document (Ctrl/⌘+F): marks every place the typed words occur, folded like
 * search (Lawrow finds Lavrov), with next/previous (Enter, Shift+Enter) and a count.
 */
export function FindInDocument({ navigation, onTerms, onClose }: Props) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const words = tokenize(text).map((token) => foldTerm(token.text));
    const timer = window.setTimeout(() => onTerms(words.length > 0 ? [words.join(' ') + '*'] : null), 80);
    return () => window.clearTimeout(timer);
  }, [text, onTerms]);

  return (
    <div className="term-nav find-bar" role="search" aria-label="Find in document">
      <input
        ref={input}
        type="search"
        className="find-input"
        aria-label="Find in document"
        placeholder="Find in document"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            navigation.go(navigation.current + (event.shiftKey ? -1 : 1));
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="term-count" aria-live="polite">
        {text.trim() === ''
          ? ''
          : navigation.count === 0
            ? 'Not found'
            : `${navigation.current + 1} of ${navigation.count}`}
      </span>
      <StepMatch navigation={navigation} by={-1} />
      <StepMatch navigation={navigation} by={1} />
      <button type="button" className="icon-button" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
