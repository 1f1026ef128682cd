import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { PassageFilter, PassageRow } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

const PAGE = 100;

export interface PassagePages {
  total: number;
  loading: boolean;
  /** Milliseconds the first page took, Api call included. */
  elapsed: number | null;
  row(index: number): PassageRow | undefined;
  /** Fetches the pages covering rows first..last that are not here yet. */
  ensure(first: number, last: number): void;
}

/**
 * The rows of one passage question, fetched a page at a time and cached; `total` arrives with the
 * first page. A coding change anywhere throws the cache away and fetches what is in view again.
 */
export function usePassagePages(filter: PassageFilter): PassagePages {
  const api = useApi();
  const { report } = useErrors();
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  // Pages from an older generation stay on screen until their fresh copy arrives (no flicker).
  const cache = useRef(new Map<number, { generation: number; rows: PassageRow[] }>());
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const viewed = useRef<[number, number]>([0, 0]);
  const key = JSON.stringify(filter);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const fetchPage = useCallback(
    (page: number, mine: number) => {
      if (inflight.current.has(page)) return;
      inflight.current.add(page);
      const started = performance.now();
      api
        .call('passages-list', { ...filterRef.current, offset: page * PAGE, limit: PAGE })
        .then((answer) => {
          if (mine !== generation.current) return;
          cache.current.set(page, { generation: mine, rows: answer.passages });
          setTotal(answer.total);
          if (page === 0) setElapsed(Math.round(performance.now() - started));
          setVersion((v) => v + 1);
        })
        .catch((error: unknown) => {
          if (mine === generation.current) report(error, 'Could not list the passages');
        })
        .finally(() => {
          if (mine !== generation.current) return;
          inflight.current.delete(page);
          setLoading(false);
        });
    },
    [api, report],
  );

  const restart = useCallback(
    (keepTotal: boolean) => {
      const mine = ++generation.current;
      inflight.current = new Set();
      if (!keepTotal) {
        cache.current = new Map();
        setTotal(0);
        setElapsed(null);
        setLoading(true);
      }
      const [first, last] = viewed.current;
      for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page++)
        fetchPage(page, mine);
    },
    [fetchPage],
  );

  // A layout effect: the first page is asked for before the empty list is even painted.
  useLayoutEffect(() => {
    viewed.current = [0, 0];
    restart(false);
    return api.on('on-coding-changed', () => restart(true));
  }, [key, api, restart]);

  const ensure = useCallback(
    (first: number, last: number) => {
      viewed.current = [first, last];
      for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page++) {
        if (cache.current.get(page)?.generation !== generation.current) fetchPage(page, generation.current);
      }
    },
    [fetchPage],
  );

  const row = useCallback(
    (index: number) => cache.current.get(Math.floor(index / PAGE))?.rows[index % PAGE],
    [],
  );

  return { total, loading, elapsed, row, ensure };
}
