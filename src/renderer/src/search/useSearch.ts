import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

const DEBOUNCE_MS = 120;

export interface SearchState {
  result: SearchResult | null;
  searching: boolean;
}

/** Runs the search as the user types (debounced); only the answer to the latest query is kept. */
export function useSearch(query: string): SearchState {
  const api = useApi();
  const { report } = useErrors();
  const [result, setResult] = useState<SearchResult | null>(null);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setResult(null);
      setSearching(false);
      return;
    }
    let current = true;
    setSearching(true);
    const timer = window.setTimeout(() => {
      api
        .call('search', { query: text, limit: 100 })
        .then((answer) => {
          if (current) setResult(answer);
        })
        .catch((error: unknown) => {
          if (current) report(error, 'Search failed');
        })
        .finally(() => {
          if (current) setSearching(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, query, report]);

  return { result, searching };
}
