import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

export interface DocumentsState {
  documents: DocumentSummary[];
  loading: boolean;
  reload(): void;
}

/** The library's documents, refreshed whenever the engine says documents changed. */
export function useDocuments(): DocumentsState {
  const api = useApi();
  const { report } = useErrors();
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const request = useRef(0);

  const reload = useCallback(() => {
    const mine = ++request.current;
    api
      .call('documents-list', {})
      .then((list) => {
        if (mine === request.current) setDocuments(list);
      })
      .catch((error: unknown) => report(error, 'Could not load the library'))
      .finally(() => {
        if (mine === request.current) setLoading(false);
      });
  }, [api, report]);

  useEffect(() => {
    reload();
    return api.on('on-documents-changed', () => reload());
  }, [api, reload]);

  return { documents, loading, reload };
}
