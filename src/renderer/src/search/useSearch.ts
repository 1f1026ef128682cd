import { useEffect, useState } from 'react';
import { LecternError } from '../../../shared/errors';
import type { SearchResult } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

const DEBOUNCE_MS = 120;

export interface SearchState {
  result: SearchResult | null;
  searching: boolean;
  /** Why the engine could not run this query (e.g. it only excludes words): shown in place of results. */
  problem: string | null;
}

/** Runs the search as the user types (debounced); only the answer to the latest query is kept. */
export function useSearch(query: string): SearchState {
  const api = useApi();
  const { report } = useErrors();
  const [result, setResult] = useState<SearchResult | null>(null);
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setResult(null);
      setSearching(false);
      setProblem(null);
      return;
    }
    let current = true;
    setSearching(true);
    const timer = window.setTimeout(() => {
      api
        .call('search', { query: text, limit: 100 })
        .then((answer) => {
          if (!current) return;
          setResult(answer);
          setProblem(null);
        })
        .catch((error: unknown) => {
          if (!current) return;
          setResult(null);
          // A query the engine cannot run is feedback on what was typed, not a failure.
          if (error instanceof LecternError && error.code === 'invalid-argument') setProblem(error.message);
          else {
            setProblem(null);
            report(error, 'Search failed');
          }
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

  return { result, searching, problem };
}
