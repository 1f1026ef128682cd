import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
} from 'react';
import { offsetOfPoint, pointOfOffset, rangeOfOffsets, selectionOffsets } from './bodyOffsets';
import { nextWordEnd, prevWordStart, wordAt } from './wordMotion';

export interface Caret {
  anchor: number;
  focus: number;
}

export interface CaretBox {
  left: number;
  top: number;
  height: number;
}

export interface ReaderCaret {
  caret: Caret | null;
  /** Where to draw the reading caret (collapsed caret only), relative to the article. */
  box: CaretBox | null;
  /**
   * `fromDom`: the window's selection is this caret already. `measureNow`: where the caret will
   * stand is read from the layout now, before the change that comes with it (a tag applied) is
   * made, so showing it reads no layout in the middle of that change.
   */
  set(caret: Caret | null, options?: { fromDom?: boolean; measureNow?: boolean }): void;
  /** Reads the window selection made with the mouse; returns it as the new caret. */
  syncFromDom(): Caret | null;
  /** Arrow keys: returns true when the key moved the caret (the caller then prevents the default). */
  onKey(event: KeyboardEvent | ReactKeyboardEvent): boolean;
}

/**
 * A reading caret for keyboard selection in text that is not editable: ← → move it word by word
 * (the first press places it at the first word in view), ↑ ↓ line by line once it is placed,
 * Shift extends the selection, Esc lets it go. The selection is the window's own (so it looks
 * and copies as usual); the collapsed caret is drawn by the reader.
 */
export function useReaderCaret(
  scroller: RefObject<HTMLElement | null>,
  article: RefObject<HTMLElement | null>,
  body: string | null,
): ReaderCaret {
  const [caret, setCaret] = useState<Caret | null>(null);
  const [box, setBox] = useState<CaretBox | null>(null);
  const fromDom = useRef(false);
  const goalX = useRef<number | null>(null);
  const latest = useRef<Caret | null>(null);
  latest.current = caret;

  const root = useCallback(
    () => article.current?.querySelector<HTMLElement>('.reader-body') ?? null,
    [article],
  );

  /** Where the caret at `focus` is drawn, and how far to scroll to keep it in view. */
  const place = useCallback(
    (focus: number): { focus: number; box: CaretBox | null; scroll: number } => {
      const text = root();
      const container = article.current;
      const at = text ? rangeOfOffsets(text, focus, focus, 'measure') : null;
      const rects = at ? Array.from(at.getClientRects()) : [];
      const rect = rects[0] ?? at?.getBoundingClientRect();
      if (!container || !rect || (rect.height === 0 && rect.top === 0))
        return { focus, box: null, scroll: 0 };
      const origin = container.getBoundingClientRect();
      const box = { left: rect.left - origin.left, top: rect.top - origin.top, height: rect.height || 22 };
      // Keep the moving end in view, with a little room around it.
      const frame = scroller.current?.getBoundingClientRect();
      const margin = 60;
      const scroll = !frame
        ? 0
        : rect.top < frame.top + margin
          ? rect.top - (frame.top + margin)
          : rect.bottom > frame.bottom - margin
            ? rect.bottom - (frame.bottom - margin)
            : 0;
      return { focus, box, scroll };
    },
    [root, article, scroller],
  );
  const placedEarly = useRef<ReturnType<typeof place> | null>(null);

  const set = useCallback(
    (next: Caret | null, options?: { fromDom?: boolean; measureNow?: boolean }) => {
      fromDom.current = options?.fromDom ?? false;
      placedEarly.current = options?.measureNow && next ? place(next.focus) : null;
      // Cleared now too, while the layout is clean (clearing it after the text changed lays the
      // page out at once) — if it is in the text at all: in the palette's field it goes with the field.
      const selection = window.getSelection();
      if (
        options?.measureNow &&
        next?.anchor === next?.focus &&
        selection &&
        selection.rangeCount > 0 &&
        root()?.contains(selection.anchorNode)
      )
        selection.removeAllRanges();
      setCaret(next);
    },
    [place, root],
  );

  // Drop the caret when another document opens.
  const [caretBody, setCaretBody] = useState(body);
  if (caretBody !== body) {
    setCaretBody(body);
    setCaret(null);
  }

  useLayoutEffect(() => {
    const text = root();
    const container = article.current;
    if (!caret || !text || !container) {
      setBox(null);
      return;
    }
    const early = placedEarly.current;
    placedEarly.current = null;
    // Placed (and the selection cleared) before the text changed: nothing here reads the layout.
    if (early && early.focus === caret.focus && caret.anchor === caret.focus) {
      fromDom.current = false;
      setBox(early.box);
      if (early.scroll !== 0 && scroller.current) scroller.current.scrollTop += early.scroll;
      return;
    }
    const selection = window.getSelection();
    if (!fromDom.current && selection && caret.anchor === caret.focus) {
      // A collapsed caret in text that is not editable shows nothing of the window's selection
      // (the reader draws its own); clearing it spares a layout of the whole text before paint.
      if (selection.rangeCount > 0) selection.removeAllRanges();
    } else if (!fromDom.current && selection) {
      const a = pointOfOffset(text, caret.anchor);
      const f = pointOfOffset(text, caret.focus);
      if (a && f) selection.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
    }
    fromDom.current = false;
    const placed = place(caret.focus);
    setBox(placed.box);
    if (placed.scroll !== 0 && scroller.current) scroller.current.scrollTop += placed.scroll;
  }, [caret, root, article, scroller, place]);

  const syncFromDom = useCallback((): Caret | null => {
    const text = root();
    if (!text) return null;
    const offsets = selectionOffsets(text);
    if (!offsets) return null;
    goalX.current = null;
    set(offsets, { fromDom: true });
    return offsets;
  }, [root, set]);

  /** The first word at the top of the visible text. */
  const firstVisible = useCallback((): number | null => {
    const text = root();
    const view = scroller.current;
    if (!text || body === null || !view) return null;
    const frame = view.getBoundingClientRect();
    for (const paragraph of Array.from(text.querySelectorAll<HTMLElement>('.para'))) {
      const rect = paragraph.getBoundingClientRect();
      if (rect.bottom < frame.top + 24) continue;
      if (rect.top >= frame.top) return Number(paragraph.dataset.start);
      const hit = document.caretRangeFromPoint?.(rect.left + 4, frame.top + 30);
      const offset = hit ? offsetOfPoint(text, hit.startContainer, hit.startOffset, 'forward') : null;
      return offset === null ? Number(paragraph.dataset.start) : (wordAt(body, offset)?.start ?? offset);
    }
    return null;
  }, [root, scroller, body]);

  /** The offset one line above or below `from`, found by probing the laid-out text. */
  const lineFrom = useCallback(
    (from: number, direction: -1 | 1): number | null => {
      const text = root();
      const view = scroller.current;
      if (!text || !view) return null;
      const range = rangeOfOffsets(text, from, from, 'measure');
      const rect = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
      if (!rect) return null;
      const x = goalX.current ?? rect.left;
      goalX.current = x;
      const line = rect.height || 24;
      let y = direction < 0 ? rect.top - line * 0.5 : rect.bottom + line * 0.5;
      for (let attempt = 0; attempt < 8; attempt++) {
        const frame = view.getBoundingClientRect();
        if (y < frame.top + 4 || y > frame.bottom - 4) {
          view.scrollTop += direction * line * 2;
          y -= direction * line * 2;
        }
        const hit = document.caretRangeFromPoint?.(x, y);
        if (hit && text.contains(hit.startContainer)) {
          const offset = offsetOfPoint(
            text,
            hit.startContainer,
            hit.startOffset,
            direction < 0 ? 'backward' : 'forward',
          );
          if (offset !== null && (direction < 0 ? offset < from : offset > from)) return offset;
        }
        y += direction * line * 0.75;
      }
      return null;
    },
    [root, scroller],
  );

  const onKey = useCallback(
    (event: KeyboardEvent | ReactKeyboardEvent): boolean => {
      if (body === null || event.altKey || event.ctrlKey || event.metaKey) return false;
      const current = latest.current;
      const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
      const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
      if (event.key === 'Escape' && current) {
        window.getSelection()?.removeAllRanges();
        set(null);
        return true;
      }
      if (!horizontal && !vertical) return false;
      if (!current) {
        if (vertical) return false; // Without a caret, ↑ ↓ scroll as always.
        const start = firstVisible();
        if (start === null) return false;
        set({ anchor: start, focus: start });
        return true;
      }
      const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
      let focus: number | null;
      if (horizontal) {
        goalX.current = null;
        if (!event.shiftKey && current.anchor !== current.focus) {
          // A selection collapses to the side the arrow points to, as in any editor.
          const edge = forward
            ? Math.max(current.anchor, current.focus)
            : Math.min(current.anchor, current.focus);
          set({ anchor: edge, focus: edge });
          return true;
        }
        focus = forward ? nextWordEnd(body, current.focus) : prevWordStart(body, current.focus);
      } else {
        focus = lineFrom(current.focus, forward ? 1 : -1);
        if (focus === null) return true;
      }
      set(event.shiftKey ? { anchor: current.anchor, focus } : { anchor: focus, focus });
      return true;
    },
    [body, firstVisible, lineFrom, set],
  );

  return { caret, box, set, syncFromDom, onKey };
}
