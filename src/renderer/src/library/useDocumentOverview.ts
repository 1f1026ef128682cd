import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentOverview } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

/** Changes arrive in bursts during an import; the overview catches up at most this often. */
const SETTLE_MS = 400;

/**
 * The corpus at a glance (counts, languages, sources), from the engine's aggregates; refreshed
 * when documents change, at most once per burst of changes.
 */
export function useDocumentOverview(): { overview: DocumentOverview | null; reload(): void } {
  const api = useApi();
  const { report } = useErrors();
  const [overview, setOverview] = useState<DocumentOverview | null>(null);
  const request = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const reload = useCallback(() => {
    const mine = ++request.current;
    api
      .call('documents-overview', {})
      .then((value) => {
        if (mine === request.current) setOverview(value);
      })
      .catch((error: unknown) => report(error, 'Could not load the project overview'));
  }, [api, report]);

  useEffect(() => {
    reload();
    const off = api.on('on-documents-changed', () => {
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        reload();
      }, SETTLE_MS);
    });
    return () => {
      off();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [api, reload]);

  return { overview, reload };
}
