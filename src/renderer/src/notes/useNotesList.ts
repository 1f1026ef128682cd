import { useCallback } from 'react';
import type { NoteSummary } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useDebounced } from '../app/useDebounced';
import { useEngineQuery } from '../app/useEngineQuery';
import { usePagedList, type PagedList, type PageRequest } from '../app/usePagedList';

export type NoteSort = 'updated' | 'title';

/** Typing in the search box waits this long before the list asks the engine. */
const TYPING_MS = 120;

/**
 * Notes (or the trash) matching a search, as pages from the engine (notes-page: sorted and
 * searched in SQLite); the rows in view are read again shortly after any note changes. The count
 * of notes in the trash comes with it (a count, not a list).
 */
export function useNotesList(
  query: string,
  sort: NoteSort,
  trash: boolean,
): { pages: PagedList<NoteSummary>; trashCount: number } {
  const api = useApi();
  const typed = useDebounced(query.trim(), TYPING_MS);
  const key = JSON.stringify({ sort, trash, query: typed });
  const fetch = useCallback(
    ({ offset, limit, count, after }: PageRequest<NoteSummary>) => {
      const { sort, trash, query } = JSON.parse(key) as { sort: NoteSort; trash: boolean; query: string };
      return api.call('notes-page', {
        sort,
        trash,
        ...(query ? { query } : {}),
        ...(after ? { after: after.id } : { offset }),
        limit,
        count,
      });
    },
    [api, key],
  );
  const pages = usePagedList({
    key,
    fetch,
    refreshOn: ['on-notes-changed'],
    failure: 'Could not list notes',
  });

  // The trash's size for its tab, counted by the engine (one row asked for, its total read).
  const trashCount =
    useEngineQuery(
      'notes-trash-count',
      async (engine) => (await engine.call('notes-page', { trash: true, limit: 1 })).total ?? 0,
      { refreshOn: { 'on-notes-changed': true }, fallback: 0 },
    ).data ?? 0;

  return { pages, trashCount: trash ? (pages.total ?? trashCount) : trashCount };
}
