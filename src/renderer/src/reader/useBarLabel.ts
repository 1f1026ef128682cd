import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import type { Passage } from '../../../shared/model';
import { useTagLooks } from '../coding/CodingProvider';
import { passageTagNames } from './passageColors';
import type { CodingSnapshot } from './passageStore';
import { useCodingSelector } from './useCodingSelector';
import type { DocumentCoding } from './useDocumentCoding';

/** A label beside a margin bar, relative to the article: which tags the passage carries. */
export interface BarLabel {
  id: number;
  text: string;
  left: number;
  top: number;
}

/**
 * Names a bar's tags beside it: while the pointer is over the bar (or its coded text), and while
 * the reading caret stands in the passage — the keyboard's way to point at a bar. The browser's
 * own tooltip comes late and never for the keyboard.
 */
export function useBarLabel(
  article: RefObject<HTMLElement | null>,
  coding: DocumentCoding,
  caretAt: number | null,
): { label: BarLabel | null; hover(id: number | null): void } {
  const { looks } = useTagLooks();
  // The innermost passage under a collapsed caret.
  const selectCaretPassage = useCallback(
    ({ passages }: CodingSnapshot) => {
      if (caretAt === null) return null;
      let best: Passage | null = null;
      for (const passage of passages)
        if (passage.status === 'anchored' && passage.start <= caretAt && caretAt < passage.end)
          if (!best || passage.end - passage.start < best.end - best.start) best = passage;
      return best?.id ?? null;
    },
    [caretAt],
  );
  const caretPassage = useCodingSelector(coding, selectCaretPassage);
  const [hovered, setHovered] = useState<number | null>(null);
  const [label, setLabel] = useState<BarLabel | null>(null);
  const id = hovered ?? caretPassage;
  // The passage named: its object stays the same while it is unchanged.
  const selectNamed = useCallback(
    (snapshot: CodingSnapshot) => (id === null ? undefined : snapshot.passages.find((p) => p.id === id)),
    [id],
  );
  const named = useCodingSelector(coding, selectNamed);

  useLayoutEffect(() => {
    const passage = named;
    if (!passage) {
      setLabel(null);
      return;
    }
    setLabel((old) => (old && old.id !== passage.id ? null : old));
    // Placed after the next frame: the caret lands in a passage as a tag is applied, and reading
    // the bar's place at once would lay the whole page out in the middle of that key press.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const container = article.current;
        const bar = container?.querySelector<HTMLElement>(`.bar[data-passage-id="${passage.id}"]`);
        if (!container || !bar) {
          setLabel(null);
          return;
        }
        const names = passageTagNames(passage, looks);
        const text = names.length > 0 ? names.join(', ') : passage.kind === 'quote' ? 'Quote' : 'Untagged';
        const origin = container.getBoundingClientRect();
        const box = bar.getBoundingClientRect();
        setLabel({ id: passage.id, text, left: box.left - origin.left, top: box.top - origin.top });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [article, named, looks]);

  const hover = useCallback((next: number | null) => setHovered(next), []);
  return { label, hover };
}
