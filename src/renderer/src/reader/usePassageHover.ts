import { useCallback, useRef, type MouseEvent } from 'react';

/**
 * Hovering a bar or coded text lights up that passage everywhere, through one style rule in a
 * <style> element rather than re-rendering paragraphs; `onPassage` hears which passage (or none).
 * The rule names the passage's own class (pp-<id>, on its runs of text and its bar): the browser
 * then restyles those elements only, where a rule on data-p restyled every coded run (6–16 ms).
 */
export function usePassageHover(onPassage: (id: number | null) => void) {
  const style = useRef<HTMLStyleElement>(null);

  const onMouseOver = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const sheet = style.current;
      if (!sheet) return;
      const element = event.target as HTMLElement;
      const bar = element.closest<HTMLElement>('.bar[data-passage-id]');
      const coded = bar ? null : element.closest<HTMLElement>('.coded[data-p]');
      const id = bar ? bar.dataset.passageId : coded?.dataset.p?.split(' ').at(-1);
      onPassage(id ? Number(id) : null);
      const rule = id
        ? `.reader-body .coded.pp-${id}{--hl:1}.reader-body .bar.pp-${id}{--hl:1;transform:scaleX(calc(1 + var(--hl) * 0.6))}`
        : '';
      if (sheet.textContent !== rule) sheet.textContent = rule;
    },
    [onPassage],
  );

  const onMouseLeave = useCallback(() => {
    if (style.current) style.current.textContent = '';
    onPassage(null);
  }, [onPassage]);

  return { style, onMouseOver, onMouseLeave };
}
