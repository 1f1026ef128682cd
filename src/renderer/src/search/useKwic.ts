import { useEffect, useState } from 'react';
import type { KwicResult } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

/** Lines of a concordance; the engine stops at this many (the view says so). */
export const KWIC_LIMIT = 2000;

/** The concordance of a query (every occurrence in context), loaded when shown. */
export function useKwic(query: string, sort: 'rank' | 'date'): { kwic: KwicResult | null; loading: boolean } {
  const api = useApi();
  const { report } = useErrors();
  const [state, setState] = useState<{ key: string; kwic: KwicResult } | null>(null);
  const key = `${sort}:${query}`;
  useEffect(() => {
    let current = true;
    api
      .call('search-kwic', { query, sort, limit: KWIC_LIMIT, width: 70 })
      .then((kwic) => {
        if (current) setState({ key, kwic });
      })
      .catch((error: unknown) => {
        if (current) report(error, 'The concordance could not be made');
      });
    return () => {
      current = false;
    };
  }, [api, query, sort, key, report]);
  return { kwic: state?.key === key ? state.kwic : null, loading: state?.key !== key };
}
