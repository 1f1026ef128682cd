import { useEffect, useState } from 'react';
import type { Backlink } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';

/** Notes linking to a note or a document, re-read whenever notes change. */
export function useBacklinks(target: { note_id: number } | { document_id: number }): Backlink[] | null {
  const api = useApi();
  const [links, setLinks] = useState<Backlink[] | null>(null);
  const key = JSON.stringify(target);
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const args = JSON.parse(key) as { note_id: number } | { document_id: number };
    const load = () =>
      api
        .call('notes-backlinks', args)
        .then((list) => {
          if (current) setLinks(list);
        })
        .catch(() => {
          if (current) setLinks([]);
        });
    setLinks(null);
    void load();
    const off = api.on('on-notes-changed', () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void load(), 250);
    });
    return () => {
      current = false;
      if (timer) clearTimeout(timer);
      off();
    };
  }, [api, key]);
  return links;
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
