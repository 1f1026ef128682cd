import { useEffect, useRef } from 'react';

/** True when the key press belongs to a text field rather than to the app. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Calls `action` on a window-wide key press for which `matches` is true. Plain keys (like '/')
 * are ignored while the user types in a field; chords with Ctrl/Cmd always count.
 */
export function useShortcut(matches: (event: KeyboardEvent) => boolean, action: () => void): void {
  const latest = useRef({ matches, action });
  latest.current = { matches, action };
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !latest.current.matches(event)) return;
      const chord = event.ctrlKey || event.metaKey;
      if (!chord && isTyping(event.target)) return;
      event.preventDefault();
      latest.current.action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
