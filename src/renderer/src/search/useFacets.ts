import { useEffect, useState } from 'react';
import type { SearchFacets } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';

/**
 * Facets wait this long after the results: the engine answers one command at a time, and counting
 * a large corpus must not hold up the next search of someone still typing or clearing the box.
 */
const SETTLE_MS = 250;

/**
 * The counts beside the results, asked for once the results of the same query have arrived and
 * stayed a moment, so they never delay the list. A failure leaves the facets out (the results
 * still stand).
 */
export function useFacets(query: string | null): SearchFacets | null {
  const api = useApi();
  const [facets, setFacets] = useState<{ query: string; facets: SearchFacets } | null>(null);
  useEffect(() => {
    if (!query) return;
    let current = true;
    const timer = window.setTimeout(() => {
      api
        .call('search-facets', { query })
        .then((answer) => {
          if (current) setFacets({ query, facets: answer });
        })
        .catch(() => {
          if (current) setFacets(null);
        });
    }, SETTLE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, query]);
  return facets && facets.query === query ? facets.facets : null;
}
