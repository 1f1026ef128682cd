import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentFilter, DocumentSummary, SortDirection, SortKey } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

/** Rows fetched per request; the table asks for the blocks its visible rows fall in. */
export const BLOCK = 100;
/** Blocks kept in memory; the rest are dropped, so scrolling 100,000 rows keeps memory flat. */
const KEEP_BLOCKS = 12;
/** Changes arriving faster than this are shown together. */
const REFRESH_MS = 250;

export interface LibraryQuery {
  sort: SortKey;
  direction: SortDirection;
  filter: DocumentFilter;
}

export interface LibraryPages {
  /** Documents the filter keeps; null until the first page arrives. */
  total: number | null;
  /** The row at a position, if its block is loaded. */
  rowAt(index: number): DocumentSummary | undefined;
  /** Asks for the blocks covering positions first..last (inclusive). */
  want(first: number, last: number): void;
  /** Bumped whenever rows arrive, so the table re-renders. */
  version: number;
  /** False from a change of order or filter until its first rows arrive. */
  settled: boolean;
}

/**
 * The library as pages from the engine (documents-page), sorted and filtered in SQLite. Only the
 * blocks around the visible rows are fetched and kept. When documents change, the count and the
 * blocks on screen are fetched again — never the corpus.
 */
export function useLibraryPages(query: LibraryQuery): LibraryPages {
  const api = useApi();
  const { report } = useErrors();
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  // The generation a new order or filter started, and the latest one rows arrived for.
  const [wanted, setWanted] = useState({ generation: 0, key: '' });
  const [arrived, setArrived] = useState(0);
  /** Fetched blocks with the generation they belong to; older ones show until replaced. */
  const blocks = useRef(new Map<number, { generation: number; rows: DocumentSummary[] }>());
  const inFlight = useRef(new Set<number>());
  const visible = useRef<[number, number]>([0, 0]);
  /** Which query the cached blocks belong to; answers for an older one are dropped. */
  const generation = useRef(0);
  /** The generation whose total is known: later blocks of it skip the count. */
  const counted = useRef(-1);
  const queryRef = useRef(query);
  queryRef.current = query;

  const fetchBlock = useCallback(
    (block: number) => {
      if (inFlight.current.has(block)) return;
      inFlight.current.add(block);
      const mine = generation.current;
      const { sort, direction, filter } = queryRef.current;
      const hasFilter = Object.values(filter).some((value) => value !== undefined && value !== '');
      api
        .call('documents-page', {
          sort,
          direction,
          ...(hasFilter ? { filter } : {}),
          offset: block * BLOCK,
          limit: BLOCK,
          ...(counted.current === mine ? { count: false } : {}),
        })
        .then((page) => {
          if (mine !== generation.current) return;
          blocks.current.set(block, { generation: mine, rows: page.rows });
          evict(blocks.current, visible.current);
          if (page.total !== null) {
            counted.current = mine;
            setTotal(page.total);
          }
          setVersion((v) => v + 1);
          setArrived(mine);
        })
        .catch((error: unknown) => report(error, 'Could not load the library'))
        .finally(() => {
          if (mine === generation.current) inFlight.current.delete(block);
        });
    },
    [api, report],
  );

  const want = useCallback(
    (first: number, last: number) => {
      visible.current = [first, last];
      for (let block = Math.floor(first / BLOCK); block <= Math.floor(last / BLOCK); block++)
        if (blocks.current.get(block)?.generation !== generation.current) fetchBlock(block);
    },
    [fetchBlock],
  );

  /**
   * Fetches the visible blocks again (new order, new filter, new rows). The rows on screen stay
   * until their fresh copies arrive — no flash of empty rows, and a focused row keeps its focus;
   * blocks off screen are dropped and fetched when scrolled to.
   */
  const refresh = useCallback(() => {
    generation.current++;
    inFlight.current.clear();
    const [first, last] = visible.current;
    const from = Math.floor(first / BLOCK);
    const to = Math.floor(last / BLOCK);
    for (const block of [...blocks.current.keys()])
      if (block < from || block > to) blocks.current.delete(block);
    for (let block = from; block <= to; block++) fetchBlock(block);
  }, [fetchBlock]);

  const key = JSON.stringify(query);
  useEffect(() => {
    refresh();
    setWanted({ generation: generation.current, key });
  }, [key, refresh]);

  // An import announces every batch it writes; the rows on screen catch up at most every
  // REFRESH_MS, so a long import does not spend the engine's time on re-reading pages.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = api.on('on-documents-changed', () => {
      timer ??= setTimeout(() => {
        timer = null;
        refresh();
      }, REFRESH_MS);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [api, refresh]);

  const rowAt = useCallback(
    (index: number) => blocks.current.get(Math.floor(index / BLOCK))?.rows[index % BLOCK],
    [],
  );

  return { total, rowAt, want, version, settled: wanted.key === key && arrived >= wanted.generation };
}

function evict(blocks: Map<number, unknown>, [first, last]: [number, number]): void {
  if (blocks.size <= KEEP_BLOCKS) return;
  const centre = (first + last) / 2 / BLOCK;
  const far = [...blocks.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
  for (const block of far.slice(0, blocks.size - KEEP_BLOCKS)) blocks.delete(block);
}
