import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EventName } from '../../../shared/api';
import { useApi } from './ApiProvider';
import { useErrors } from './ErrorProvider';

/** Rows fetched per request; a list asks for the blocks its visible rows fall in. */
export const BLOCK = 100;
/** Blocks kept in memory; the rest are dropped, so scrolling 100,000 rows keeps memory flat. */
const KEEP_BLOCKS = 12;
/** Changes arriving faster than this are shown together. */
const REFRESH_MS = 250;

/** What a list's `fetch` is asked for: one block of rows. */
export interface PageRequest<Row> {
  offset: number;
  limit: number;
  /** False once the total of this query is known: later blocks skip the count. */
  count: boolean;
  /**
   * The last row of the block before, when it is loaded for the same query: an engine that pages
   * by key (`after: row.id`) starts there instead of counting `offset` rows again.
   */
  after: Row | undefined;
}

export interface PageAnswer<Row> {
  rows: Row[];
  /** Rows the query keeps; null when `count` was false. */
  total: number | null;
}

export interface PagedListOptions<Row> {
  /** Everything the rows depend on (order, filter, query); a new key starts the list over. */
  key: string;
  /** Fetches one block from the engine (sorted and filtered in SQLite, never in the renderer). */
  fetch(request: PageRequest<Row>): Promise<PageAnswer<Row>>;
  /** Engine events after which the rows in view (only those) and the total are fetched again. */
  refreshOn: readonly EventName[];
  /** Said when a block cannot be fetched ("Could not list the notes"). */
  failure: string;
  /** False: nothing is fetched (a list that is not shown). Default true. */
  enabled?: boolean;
}

export interface PagedList<Row> {
  /** Rows the query keeps; null until the first block arrives. */
  total: number | null;
  /** The row at a position, if its block is loaded. */
  rowAt(index: number): Row | undefined;
  /** Asks for the blocks covering positions first..last (inclusive); call as rows come into view. */
  want(first: number, last: number): void;
  /** Bumped whenever rows arrive, so the list re-renders. */
  version: number;
  /** False from a new key until its first rows arrive. */
  settled: boolean;
  /** Milliseconds the first block of the current key took, Api call included. */
  elapsed: number | null;
  /** Fetches the rows in view and the total again (after a change the list made itself). */
  refresh(): void;
}

/**
 * One list of the workbench as blocks from the engine — the library, notes, quotations, passages,
 * the trash. Only the blocks around the visible rows are fetched and kept (a virtual list draws
 * them); a new order or filter fetches the rows in view again, and so does an engine event
 * naming a change — a screenful, never the whole list. Rows on screen stay until their fresh
 * copies arrive: no flash of empty rows, and a focused row keeps its focus.
 */
export function usePagedList<Row>({
  key,
  fetch,
  refreshOn,
  failure,
  enabled = true,
}: PagedListOptions<Row>): PagedList<Row> {
  const api = useApi();
  const { report } = useErrors();
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [elapsed, setElapsed] = useState<number | null>(null);
  // The generation a new key started, and the latest one rows arrived for.
  const [wanted, setWanted] = useState({ generation: 0, key: '' });
  const [arrived, setArrived] = useState(0);
  /** Fetched blocks with the generation they belong to; older ones show until replaced. */
  const blocks = useRef(new Map<number, { generation: number; rows: Row[] }>());
  const inFlight = useRef(new Set<number>());
  const visible = useRef<[number, number]>([0, 0]);
  /** Which key and change the cached blocks belong to; answers for an older one are dropped. */
  const generation = useRef(0);
  /** The generation whose total is known: later blocks of it skip the count. */
  const counted = useRef(-1);
  /** When the current key started, for `elapsed`. */
  const started = useRef(0);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  const fetchBlock = useCallback(
    (block: number) => {
      if (inFlight.current.has(block)) return;
      inFlight.current.add(block);
      const mine = generation.current;
      const before = blocks.current.get(block - 1);
      const after =
        before?.generation === mine && before.rows.length === BLOCK ? before.rows.at(-1) : undefined;
      const request = { offset: block * BLOCK, limit: BLOCK, count: counted.current !== mine };
      fetchRef
        .current({ ...request, after })
        // The row paged after may have just been deleted: its position still holds.
        .catch((error: unknown) => {
          if (after === undefined) throw error;
          return fetchRef.current({ ...request, after: undefined });
        })
        .then((page) => {
          if (mine !== generation.current) return;
          blocks.current.set(block, { generation: mine, rows: page.rows });
          evict(blocks.current, visible.current);
          if (page.total !== null) {
            counted.current = mine;
            setTotal(page.total);
          }
          setElapsed((shown) => shown ?? Math.round(performance.now() - started.current));
          setVersion((v) => v + 1);
          setArrived(mine);
        })
        .catch((error: unknown) => {
          if (mine === generation.current) report(error, failure);
        })
        .finally(() => {
          if (mine === generation.current) inFlight.current.delete(block);
        });
    },
    [report, failure],
  );

  const want = useCallback(
    (first: number, last: number) => {
      visible.current = [first, last];
      if (!enabled) return;
      const from = Math.floor(first / BLOCK);
      const to = Math.floor(last / BLOCK);
      for (let block = from; block <= to; block++)
        if (blocks.current.get(block)?.generation !== generation.current) fetchBlock(block);
    },
    [fetchBlock, enabled],
  );

  /** Fetches the visible blocks again; blocks off screen are dropped and fetched when scrolled to. */
  const refresh = useCallback(() => {
    generation.current++;
    inFlight.current.clear();
    if (!enabled) return;
    const [first, last] = visible.current;
    const from = Math.floor(first / BLOCK);
    const to = Math.floor(last / BLOCK);
    for (const block of [...blocks.current.keys()])
      if (block < from || block > to) blocks.current.delete(block);
    for (let block = from; block <= to; block++) fetchBlock(block);
  }, [fetchBlock, enabled]);

  // A layout effect: the first block is asked for before the old list is even painted again.
  useLayoutEffect(() => {
    started.current = performance.now();
    setElapsed(null);
    refresh();
    setWanted({ generation: generation.current, key });
  }, [key, refresh]);

  // A burst of changes (an import's batches, a bulk edit) is shown together at most every
  // REFRESH_MS, so a long import does not spend the engine's time on re-reading pages.
  const events = refreshOn.join(',');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = () => {
      timer ??= setTimeout(() => {
        timer = null;
        refresh();
      }, REFRESH_MS);
    };
    const offs = (events ? (events.split(',') as EventName[]) : []).map((event) => api.on(event, schedule));
    return () => {
      for (const off of offs) off();
      if (timer) clearTimeout(timer);
    };
  }, [api, refresh, events]);

  const rowAt = useCallback(
    (index: number) => blocks.current.get(Math.floor(index / BLOCK))?.rows[index % BLOCK],
    [],
  );

  return {
    total,
    rowAt,
    want,
    version,
    elapsed,
    refresh,
    settled: wanted.key === key && arrived >= wanted.generation,
  };
}

function evict(blocks: Map<number, unknown>, [first, last]: [number, number]): void {
  if (blocks.size <= KEEP_BLOCKS) return;
  const centre = (first + last) / 2 / BLOCK;
  const far = [...blocks.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
  for (const block of far.slice(0, blocks.size - KEEP_BLOCKS)) blocks.delete(block);
}
