import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { PassageStore } from './passageStore';

/**
 * A number that changes whenever the bars must be measured again: the text reflowed (the
 * article's width changed, fonts arrived), or codes changed while the reader was hidden
 * (paragraphs do not measure then) and it is shown again.
 */
export function useRemeasure(
  article: RefObject<HTMLElement | null>,
  documentKey: string,
  hidden: boolean,
  codes: PassageStore,
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

  // The codes' version when the reader was hidden: read, not subscribed to, so a change while it
  // shows costs this hook nothing.
  const versionWhenHidden = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (hidden) {
      versionWhenHidden.current ??= codes.version;
      return;
    }
    const before = versionWhenHidden.current;
    versionWhenHidden.current = null;
    if (before !== null && before !== codes.version) setLayoutKey((k) => k + 1);
  }, [hidden, codes]);

  return layoutKey;
}
