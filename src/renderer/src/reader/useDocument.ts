import { useCallback, useEffect, useState } from 'react';
import type { DocumentDetail } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

export interface DocumentState {
  document: DocumentDetail | null;
  loading: boolean;
  /** Fetches the document again (e.g. after its file was re-imported). */
  reload(): void;
}

/** Loads one document in full; reloads when the engine reports it changed. */
export function useDocument(id: number | null): DocumentState {
  const api = useApi();
  const { report } = useErrors();
  const [document, setDocument] = useState<DocumentDetail | null>(null);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (id === null) return;
    return api.on('on-documents-changed', ({ ids }) => {
      if (ids.includes(id)) setVersion((v) => v + 1);
    });
  }, [api, id]);

  useEffect(() => {
    if (id === null) {
      setDocument(null);
      return;
    }
    let current = true;
    setLoading(true);
    api
      .call('documents-get', { id })
      .then((detail) => {
        if (current) setDocument(detail);
      })
      .catch((error: unknown) => {
        if (current) report(error, 'Could not open the document');
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [api, id, version, report]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { document: document && document.id === id ? document : null, loading, reload };
}
