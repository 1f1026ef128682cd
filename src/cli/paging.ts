import type { ListPage } from '../shared/model';
import { stringOption } from './CliCommand';

/** How many rows of a list to print (null: all) and from which position. */
export interface Paging {
  limit: number | null;
  offset: number;
}

/** Rows a list prints in a terminal unless told otherwise: a screenful, not 100,000 lines. */
export const DEFAULT_LIMIT = 50;

/** The paging options every list command takes, as one line of its usage. */
export const PAGING_USAGE = `--limit N|all (default ${DEFAULT_LIMIT}; all with --json) --offset N`;

/**
 * `--limit N|all` and `--offset N`. Without --limit a terminal gets the first DEFAULT_LIMIT rows
 * and --json gets every row (streamed page by page), so scripts see the whole list as before.
 */
export function pagingOptions(options: Map<string, string | true>, json: boolean): Paging {
  const limit = stringOption(options, 'limit');
  const offset = stringOption(options, 'offset');
  const whole = (value: string, min: number, name: string) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min || value.trim() === '')
      throw new Error(
        `--${name} takes a whole number of ${min} or more${name === 'limit' ? ', or all' : ''} (not "${value}").`,
      );
    return n;
  };
  return {
    limit:
      limit === 'all' ? null : limit !== undefined ? whole(limit, 1, 'limit') : json ? null : DEFAULT_LIMIT,
    offset: offset !== undefined ? whole(offset, 0, 'offset') : 0,
  };
}

/** A request for one page: by position for the first, then after the last row seen (keyset). */
export type PageRequest = { limit: number; count: boolean } & ({ offset: number } | { after: number });

/**
 * Fetches the rows `paging` asks for in pages of at most `maxPage` (the engine's cap), handing
 * each page to `onRows` as it arrives, so a long list never sits in memory whole. Returns how many
 * rows were shown and how many the list holds (counted once, with the first page).
 */
export async function forEachPage<Row>(
  paging: Paging,
  maxPage: number,
  fetch: (request: PageRequest) => Promise<ListPage<Row>>,
  onRows: (rows: Row[], first: boolean) => void,
): Promise<{ shown: number; total: number | null }> {
  let remaining = paging.limit ?? Infinity;
  let shown = 0;
  let total: number | null = null;
  let after: number | null = null;
  while (remaining > 0) {
    const limit = Math.min(maxPage, remaining);
    const first = after === null;
    const page = await fetch(
      after === null ? { offset: paging.offset, limit, count: true } : { after, limit, count: false },
    );
    if (first) total = page.total;
    onRows(page.rows, first);
    shown += page.rows.length;
    remaining -= page.rows.length;
    if (page.next === null || page.rows.length === 0) break;
    after = page.next;
  }
  return { shown, total };
}

/**
 * The closing line of a list in a terminal: which rows were shown of how many, and how to see
 * the rest — or null when the whole list was shown (the command prints its own summary then).
 */
export function moreLine(noun: string, paging: Paging, shown: number, total: number | null): string | null {
  if (total === null || (paging.offset === 0 && shown >= total)) return null;
  const n = (value: number) => value.toLocaleString('en');
  const range = shown > 0 ? `${n(paging.offset + 1)}–${n(paging.offset + shown)}` : 'none';
  const more = Math.max(0, total - paging.offset - shown);
  return (
    `${noun} ${range} of ${n(total)}.` +
    (more > 0
      ? ` ${n(more)} more — --offset ${paging.offset + shown} for the next ${Math.min(more, paging.limit ?? more)}, --limit N (or --limit all) for more at once.`
      : '')
  );
}
