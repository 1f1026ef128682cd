import { useCallback } from 'react';
import type { Speaker } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useDebounced } from '../app/useDebounced';
import { usePagedList, type PagedList, type PageRequest } from '../app/usePagedList';

/** Typing in the filter waits this long before the list asks the engine. */
const TYPING_MS = 120;

/**
 * People quoted across the corpus, most quoted first, filtered by a name: pages from the engine
 * (speakers-page groups, filters and sorts in SQLite), the rows in view read again after coding
 * changes.
 */
export function useSpeakersList(filter: string): PagedList<Speaker> {
  const api = useApi();
  const query = useDebounced(filter.trim(), TYPING_MS);
  const fetch = useCallback(
    ({ offset, limit, count, after }: PageRequest<Speaker>) =>
      api.call('speakers-page', {
        ...(query ? { query } : {}),
        ...(after ? { after: after.key } : { offset }),
        limit,
        count,
      }),
    [api, query],
  );
  return usePagedList({
    key: query,
    fetch,
    refreshOn: ['on-coding-changed'],
    failure: 'Could not list the speakers',
  });
}
