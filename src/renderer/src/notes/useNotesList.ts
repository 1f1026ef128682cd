import { useEffect, useState } from 'react';
import type { NoteSummary } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

export type NoteSort = 'updated' | 'title';

/** Notes (or the trash) matching a search, re-read shortly after any note changes. */
export function useNotesList(
  query: string,
  sort: NoteSort,
  trash: boolean,
): { notes: NoteSummary[]; loaded: boolean; trashCount: number } {
  const api = useApi();
  const { report } = useErrors();
  const [notes, setNotes] = useState<NoteSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [trashCount, setTrashCount] = useState(0);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = () => {
      const text = query.trim();
      Promise.all([
        api.call('notes-list', { sort, trash, ...(text ? { query: text } : {}) }),
        trash ? null : api.call('notes-list', { trash: true }),
      ])
        .then(([list, bin]) => {
          if (!current) return;
          setNotes(list);
          setTrashCount(bin ? bin.length : list.length);
          setLoaded(true);
        })
        .catch((error: unknown) => report(error, 'Could not list notes'));
    };
    // Typing in the search box waits a moment; the first load does not.
    timer = setTimeout(load, query ? 120 : 0);
    const off = api.on('on-notes-changed', () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(load, 300);
    });
    return () => {
      current = false;
      if (timer) clearTimeout(timer);
      off();
    };
  }, [api, report, query, sort, trash]);

  return { notes, loaded, trashCount };
}
