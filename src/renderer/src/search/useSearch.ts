import { useCallback, useEffect, useRef, useState } from 'react';
import { LecternError } from '../../../shared/errors';
import type { SearchHit, SearchResult } from '../../../shared/model';
import { parseSearchQuery } from '../../../shared/search/parseSearchQuery';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

/**
 * While an answer is on its way, later keystrokes wait for it and only the latest query is sent
 * next (at most one search in flight); with none on its way a query is sent at once. A fixed
 * pause would count against "typed → painted" on every search.
 */
/** Rows per page: a screenful and some; the list asks for the next page as it nears the end. */
export const PAGE_SIZE = 30;

export type SearchSort = 'rank' | 'date';

export interface SearchState {
  /** The first page's answer (total, terms, notes); `hits` holds every page loaded since. */
  result: SearchResult | null;
  hits: SearchHit[];
  searching: boolean;
  /** Why the engine could not run this query (e.g. it only excludes words): shown in place of results. */
  problem: string | null;
  /** Loads the next page, if there is one and none is on its way. */
  loadMore(): void;
}

/**
 * Runs the search as the user types (debounced), one page at a time; only the answer to the
 * latest query is kept. A query the parser refuses is not sent: its error shows at once.
 */
export function useSearch(query: string, sort: SearchSort): SearchState {
  const api = useApi();
  const { report } = useErrors();
  const [result, setResult] = useState<SearchResult | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const loading = useRef<string | null>(null);
  const generation = useRef(0);
  const inFlight = useRef(false);
  /** The latest query's search, waiting for the one in flight. */
  const queued = useRef<(() => void) | null>(null);

  const fail = useCallback(
    (error: unknown) => {
      setResult(null);
      setHits([]);
      // A query the engine cannot run is feedback on what was typed, not a failure.
      if (error instanceof LecternError && error.code === 'invalid-argument') setProblem(error.message);
      else {
        setProblem(null);
        report(error, 'Search failed');
      }
    },
    [report],
  );

  useEffect(() => {
    const text = query.trim();
    const run = ++generation.current;
    loading.current = null;
    if (text === '') {
      setResult(null);
      setHits([]);
      setSearching(false);
      setProblem(null);
      return;
    }
    const parsed = parseSearchQuery(text);
    if (parsed.errors.length > 0) {
      setSearching(false);
      setResult(null);
      setHits([]);
      setProblem(parsed.errors[0]!.message);
      return;
    }
    setSearching(true);
    const send = () => {
      inFlight.current = true;
      api
        .call('search', { query: text, limit: PAGE_SIZE, sort })
        .then((answer) => {
          if (run !== generation.current) return;
          setResult(answer);
          setHits(answer.hits);
          setProblem(null);
        })
        .catch((error: unknown) => {
          if (run === generation.current) fail(error);
        })
        .finally(() => {
          inFlight.current = false;
          if (run === generation.current) setSearching(false);
          const next = queued.current;
          queued.current = null;
          next?.();
        });
    };
    if (inFlight.current) queued.current = send;
    else send();
    return () => {
      if (queued.current === send) queued.current = null;
    };
  }, [api, query, sort, fail]);

  const loadMore = useCallback(() => {
    if (!result || hits.length >= result.total) return;
    const key = `${result.query}@${hits.length}`;
    if (loading.current === key) return;
    loading.current = key;
    const run = generation.current;
    api
      .call('search', { query: result.query, limit: PAGE_SIZE, offset: hits.length, sort: result.sort })
      .then((page) => {
        if (run !== generation.current) return;
        setHits((shown) => (shown.length === page.offset ? [...shown, ...page.hits] : shown));
      })
      .catch((error: unknown) => {
        if (run === generation.current) report(error, 'Loading more results failed');
      });
  }, [api, result, hits.length, report]);

  return { result, hits, searching, problem, loadMore };
}
