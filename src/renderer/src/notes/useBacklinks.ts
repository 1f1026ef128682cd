import type { Backlink } from '../../../shared/model';
import { useEngineQuery } from '../app/useEngineQuery';

/** Notes linking to a note or a document, re-read whenever notes change. */
export function useBacklinks(target: { note_id: number } | { document_id: number }): Backlink[] | null {
  return useEngineQuery(JSON.stringify(target), (api) => api.call('notes-backlinks', target), {
    refreshOn: { 'on-notes-changed': true },
    refresh: { debounce: 250 },
    clearOnChange: true,
    fallback: [],
  }).data;
}

export interface BacklinkGroup {
  note_id: number;
  note_title: string;
  contexts: string[];
}

/** One entry per note (a note linking twice shows both contexts under one title). */
export function groupByNote(links: readonly Backlink[]): BacklinkGroup[] {
  const groups = new Map<number, BacklinkGroup>();
  for (const link of links) {
    let group = groups.get(link.note_id);
    if (!group)
      groups.set(
        link.note_id,
        (group = { note_id: link.note_id, note_title: link.note_title, contexts: [] }),
      );
    if (link.context && !group.contexts.includes(link.context)) group.contexts.push(link.context);
  }
  return [...groups.values()];
}
