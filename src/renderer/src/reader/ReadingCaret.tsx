import { useCallback, useSyncExternalStore, type RefObject } from 'react';

interface Props {
  /** The element that takes the reader's keys: the caret blinks while it has the focus. */
  keys: RefObject<HTMLElement | null>;
  /** Where it stands; null: no caret now (a selection, or none placed yet). */
  box: { left: number; top: number; height: number } | null;
}

/**
 * The reading caret: blinks while the text has the keyboard, dimmed otherwise. Its look follows
 * the focus through a class of its own, not a `.reader-keys:not(:focus) .reading-caret` rule: with
 * such a rule every focus change on the text made the browser walk all of its elements (15,000 in
 * a long coded document) looking for the caret, 1–3 ms of each key that closes the tag palette.
 * It stays in the page while there is no caret (hidden): its blinking runs on a layer of its own,
 * and putting it back in the frame that closes the palette made that layer anew (~1 ms).
 */
export function ReadingCaret({ keys, box }: Props) {
  const subscribe = useCallback(
    (changed: () => void) => {
      const element = keys.current;
      if (!element) return () => undefined;
      element.addEventListener('focus', changed);
      element.addEventListener('blur', changed);
      return () => {
        element.removeEventListener('focus', changed);
        element.removeEventListener('blur', changed);
      };
    },
    [keys],
  );
  const focused = useSyncExternalStore(
    subscribe,
    () => keys.current !== null && document.activeElement === keys.current,
  );
  return (
    <span
      className={focused ? 'reading-caret' : 'reading-caret idle'}
      aria-hidden="true"
      hidden={box === null}
      style={box ? { left: box.left, top: box.top, height: box.height } : undefined}
    />
  );
}
