import { useCallback } from 'react';
import type { DocumentFilter, DocumentSummary, SortDirection, SortKey } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { usePagedList, type PagedList, type PageRequest } from '../app/usePagedList';

export interface LibraryQuery {
  sort: SortKey;
  direction: SortDirection;
  filter: DocumentFilter;
}

export type LibraryPages = PagedList<DocumentSummary>;

/**
 * The library (or the trash) as pages from the engine (documents-page), sorted and filtered in
 * SQLite; only the blocks around the visible rows are fetched and kept. When documents change,
 * the count and the blocks on screen are fetched again — never the corpus.
 */
export function useLibraryPages(query: LibraryQuery, enabled = true): LibraryPages {
  const api = useApi();
  const key = JSON.stringify(query);
  const fetch = useCallback(
    ({ offset, limit, count, after }: PageRequest<DocumentSummary>) => {
      const { sort, direction, filter } = JSON.parse(key) as LibraryQuery;
      const hasFilter = Object.values(filter).some((value) => value !== undefined && value !== '');
      return api.call('documents-page', {
        sort,
        direction,
        ...(hasFilter ? { filter } : {}),
        // Deep in the list the next block starts after the last row shown (keyset paging).
        ...(after ? { after: after.id } : { offset }),
        limit,
        ...(count ? {} : { count: false }),
      });
    },
    [api, key],
  );
  return usePagedList({
    key,
    fetch,
    refreshOn: ['on-documents-changed'],
    failure: 'Could not load the library',
    enabled,
  });
}
