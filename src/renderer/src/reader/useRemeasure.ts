import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Passage } from '../../../shared/model';

/**
 * A number that changes whenever the bars must be measured again: the text reflowed (the
 * article's width changed, fonts arrived), or codes changed while the reader was hidden
 * (paragraphs do not measure then) and it is shown again.
 */
export function useRemeasure(
  article: RefObject<HTMLElement | null>,
  documentKey: string,
  hidden: boolean,
  passages: readonly Passage[],
): number {
  const [layoutKey, setLayoutKey] = useState(0);

  useEffect(() => {
    const element = article.current;
    if (!element) return;
    let width = element.clientWidth;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      // Width 0: the reader was hidden, nothing reflowed that the bars need to follow.
      if (element.clientWidth === width || element.clientWidth === 0) return;
      width = element.clientWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLayoutKey((k) => k + 1));
    });
    observer.observe(element);
    void window.document.fonts?.ready.then(() => setLayoutKey((k) => k + 1));
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [article, documentKey]);

  const passagesWhenHidden = useRef<readonly Passage[] | null>(null);
  useLayoutEffect(() => {
    if (hidden) {
      passagesWhenHidden.current ??= passages;
      return;
    }
    const before = passagesWhenHidden.current;
    passagesWhenHidden.current = null;
    if (before !== null && before !== passages) setLayoutKey((k) => k + 1);
  }, [hidden, passages]);

  return layoutKey;
}
