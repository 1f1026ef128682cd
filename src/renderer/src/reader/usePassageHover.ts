import { useCallback, useRef, type MouseEvent } from 'react';

/**
 * Hovering a bar or coded text lights up that passage everywhere: its runs of text and its bar
 * carry its own class (pp-<id>), and those elements get `is-lit` — no paragraph re-renders, and
 * the browser restyles those few elements only. (A style rule written into a <style> element made
 * the browser rebuild its rules for the whole page on every hover, 4–16 ms.) `onPassage` hears
 * which passage (or none).
 */
export function usePassageHover(onPassage: (id: number | null) => void) {
  const lit = useRef<{ id: string; elements: Element[] } | null>(null);

  const light = useCallback((root: HTMLElement, id: string | null) => {
    if ((lit.current?.id ?? null) === id) return;
    for (const element of lit.current?.elements ?? []) element.classList.remove('is-lit');
    const elements = id ? Array.from(root.getElementsByClassName(`pp-${id}`)) : [];
    for (const element of elements) element.classList.add('is-lit');
    lit.current = id ? { id, elements } : null;
  }, []);

  const onMouseOver = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const element = event.target as HTMLElement;
      const bar = element.closest<HTMLElement>('.bar[data-passage-id]');
      const coded = bar ? null : element.closest<HTMLElement>('.coded[data-p]');
      const id = bar ? bar.dataset.passageId : coded?.dataset.p?.split(' ').at(-1);
      onPassage(id ? Number(id) : null);
      light(event.currentTarget, id ?? null);
    },
    [onPassage, light],
  );

  const onMouseLeave = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      light(event.currentTarget, null);
      onPassage(null);
    },
    [onPassage, light],
  );

  return { onMouseOver, onMouseLeave };
}
