import { useCallback, useEffect, useState } from 'react';
import type { SavedSearch } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

const HISTORY_KEY = 'lectern.search.history';
/** Where saved searches were kept before they moved into the project (read once, then cleared). */
const OLD_SAVED_KEY = 'lectern.search.saved';
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
  /** The project's saved searches, by name. */
  saved: SavedSearch[];
  remember(query: string): void;
  /** Saves the query in the project, or removes the saved search that holds it. */
  toggleSaved(query: string): void;
}

/**
 * Recent searches (this window's storage, per machine like the recent tags) and saved searches
 * (in the project: they travel with it and stay out of other projects). Saved searches from the
 * time they were kept per machine move into the first project opened.
 */
export function useSearchHistory(): SearchHistory {
  const api = useApi();
  const { report } = useErrors();
  const [history, setHistory] = useState(() => load(HISTORY_KEY));
  const [saved, setSaved] = useState<SavedSearch[]>([]);

  useEffect(() => {
    let current = true;
    const older = load(OLD_SAVED_KEY);
    (async () => {
      for (const query of older) await api.call('saved-searches-save', { query }).catch(() => undefined);
      if (older.length > 0) localStorage.removeItem(OLD_SAVED_KEY);
      const list = await api.call('saved-searches-list', {});
      if (current) setSaved(list);
    })().catch((error: unknown) => report(error, 'Could not read the saved searches'));
    return () => {
      current = false;
    };
  }, [api, report]);

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

  const toggleSaved = useCallback(
    (query: string) => {
      const text = query.trim();
      if (!text) return;
      const existing = saved.find((item) => item.query === text);
      (async () => {
        if (existing) await api.call('saved-searches-delete', { id: existing.id });
        else await api.call('saved-searches-save', { query: text });
        setSaved(await api.call('saved-searches-list', {}));
      })().catch((error: unknown) => report(error, 'Could not save the search'));
    },
    [api, report, saved],
  );
  return { history, saved, remember, toggleSaved };
}
