import { useCallback } from 'react';
import type { PassageFilter, PassageRow } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { usePagedList, type PageRequest } from '../app/usePagedList';

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
 * The rows of one passage question, fetched a block at a time (the workbench's one paged list);
 * `total` arrives with the first block. A coding change anywhere fetches what is in view again.
 */
export function usePassagePages(filter: PassageFilter): PassagePages {
  const api = useApi();
  const key = JSON.stringify(filter);
  const fetch = useCallback(
    ({ offset, limit }: PageRequest<PassageRow>) =>
      api
        .call('passages-list', { ...(JSON.parse(key) as PassageFilter), offset, limit })
        .then((answer) => ({ rows: answer.passages, total: answer.total })),
    [api, key],
  );
  const pages = usePagedList({
    key,
    fetch,
    refreshOn: ['on-coding-changed'],
    failure: 'Could not list the passages',
  });
  return {
    total: pages.total ?? 0,
    loading: !pages.settled,
    elapsed: pages.elapsed,
    row: pages.rowAt,
    ensure: pages.want,
  };
}
