import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface TermNavigation {
  count: number;
  current: number;
  go(index: number): void;
}

/**
 * Finds the highlighted terms rendered inside `container`, scrolls to the one at or after
 * `hitOffset` when the document opens, and lets the user step through the rest.
 */
export function useTermNavigation(
  container: RefObject<HTMLElement | null>,
  key: unknown,
  hitOffset: number | null,
): TermNavigation {
  const [count, setCount] = useState(0);
  const [current, setCurrent] = useState(-1);

  const marks = useCallback(
    () => Array.from(container.current?.querySelectorAll<HTMLElement>('mark.term:not(.term-rest)') ?? []),
    [container],
  );

  const go = useCallback(
    (index: number) => {
      const all = marks();
      if (all.length === 0) return;
      const wrapped = ((index % all.length) + all.length) % all.length;
      all.forEach((mark, i) => mark.classList.toggle('current', i === wrapped));
      all[wrapped]?.scrollIntoView({ block: 'center' });
      setCurrent(wrapped);
    },
    [marks],
  );

  useLayoutEffect(() => {
    const all = marks();
    setCount(all.length);
    setCurrent(-1);
    if (hitOffset === null) {
      // A document (or view) opened without a hit starts at its top.
      container.current?.scrollTo({ top: 0 });
      return;
    }
    if (all.length > 0) {
      const after = all.findIndex((mark) => Number(mark.dataset.offset) >= hitOffset - 1);
      go(after === -1 ? all.length - 1 : after);
      return;
    }
    // No word matched client-side (folding differs): still bring the hit's paragraph into view.
    const paragraphs = container.current?.querySelectorAll<HTMLElement>('[data-start]') ?? [];
    for (const paragraph of Array.from(paragraphs)) {
      if (Number(paragraph.dataset.end) >= hitOffset) {
        paragraph.scrollIntoView({ block: 'center' });
        paragraph.classList.add('hit-paragraph');
        break;
      }
    }
  }, [key, hitOffset, marks, go, container]);

  return { count, current, go };
}
