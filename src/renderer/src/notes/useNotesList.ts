import type { NoteSummary } from '../../../shared/model';
import { useEngineQuery } from '../app/useEngineQuery';

export type NoteSort = 'updated' | 'title';

/** Notes (or the trash) matching a search, re-read shortly after any note changes. */
export function useNotesList(
  query: string,
  sort: NoteSort,
  trash: boolean,
): { notes: NoteSummary[]; loaded: boolean; trashCount: number } {
  const text = query.trim();
  const { data } = useEngineQuery(
    JSON.stringify([text, sort, trash]),
    async (api) => {
      const [notes, bin] = await Promise.all([
        api.call('notes-list', { sort, trash, ...(text ? { query: text } : {}) }),
        trash ? null : api.call('notes-list', { trash: true }),
      ]);
      return { notes, trashCount: bin ? bin.length : notes.length };
    },
    {
      refreshOn: { 'on-notes-changed': true },
      refresh: { debounce: 300 },
      // Typing in the search box waits a moment; the first load does not.
      delay: query ? 120 : 0,
      failure: 'Could not list notes',
    },
  );
  return { notes: data?.notes ?? [], loaded: data !== null, trashCount: data?.trashCount ?? 0 };
}
