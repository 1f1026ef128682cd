import { useCallback, useState } from 'react';

const HISTORY_KEY = 'lectern.search.history';
const SAVED_KEY = 'lectern.search.saved';
const HISTORY_LIMIT = 20;

function load(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export interface SearchHistory {
  /** Most recent first. */
  history: string[];
  saved: string[];
  remember(query: string): void;
  toggleSaved(query: string): void;
}

/** Recent and saved searches, kept in this window's storage (per machine, like the recent tags). */
export function useSearchHistory(): SearchHistory {
  const [history, setHistory] = useState(() => load(HISTORY_KEY));
  const [saved, setSaved] = useState(() => load(SAVED_KEY));
  const remember = useCallback((query: string) => {
    const text = query.trim();
    if (!text) return;
    setHistory((list) => {
      if (list[0] === text) return list;
      const next = [text, ...list.filter((item) => item !== text)].slice(0, HISTORY_LIMIT);
      localStorage.setItem(HISTORY_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  const toggleSaved = useCallback((query: string) => {
    const text = query.trim();
    if (!text) return;
    setSaved((list) => {
      const next = list.includes(text) ? list.filter((item) => item !== text) : [...list, text];
      localStorage.setItem(SAVED_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return { history, saved, remember, toggleSaved };
}
