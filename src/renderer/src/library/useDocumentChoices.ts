import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';

/** A picker lists at most this many documents (by title); beyond it, searching finds the rest. */
export const CHOICES_LIMIT = 1000;

/**
 * Documents to offer in a picker (the passage browser's Document filter): the first 1,000 by
 * title from the engine — one page, never the whole corpus. Fetched when `enabled`.
 */
export function useDocumentChoices(enabled: boolean): DocumentSummary[] {
  const api = useApi();
  const [choices, setChoices] = useState<DocumentSummary[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const load = () =>
      api
        .call('documents-page', { sort: 'title', direction: 'asc', limit: CHOICES_LIMIT })
        .then((page) => {
          if (current) setChoices(page.rows);
        })
        .catch(() => {
          // A picker without choices still works ("All documents"); the library reports failures.
        });
    void load();
    const off = api.on('on-documents-changed', () => void load());
    return () => {
      current = false;
      off();
    };
  }, [api, enabled]);
  return choices;
}
