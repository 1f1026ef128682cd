import { useState } from 'react';

/**
 * A chart setting that outlives the chart: the analysis pane unmounts while a document or the
 * passages behind a cell are open, and coming back should show the same view, not the first one.
 * Kept for the session of this window only.
 */
export function useViewSetting<T extends string | boolean>(name: string, initial: T): [T, (next: T) => void] {
  const key = `lectern.analysis.${name}`;
  const [value, setValue] = useState<T>(() => {
    const stored = sessionStorage.getItem(key);
    if (stored === null) return initial;
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === typeof initial ? (parsed as T) : initial;
  });
  return [
    value,
    (next: T) => {
      sessionStorage.setItem(key, JSON.stringify(next));
      setValue(next);
    },
  ];
}
