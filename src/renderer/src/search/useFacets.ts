import { useEffect, useState } from 'react';
import type { SearchFacets } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';

/**
 * The counts beside the results, asked for once the results of the same query have arrived, so
 * they never delay the list. A failure leaves the facets out (the results still stand).
 */
export function useFacets(query: string | null): SearchFacets | null {
  const api = useApi();
  const [facets, setFacets] = useState<{ query: string; facets: SearchFacets } | null>(null);
  useEffect(() => {
    if (!query) return;
    let current = true;
    api
      .call('search-facets', { query })
      .then((answer) => {
        if (current) setFacets({ query, facets: answer });
      })
      .catch(() => {
        if (current) setFacets(null);
      });
    return () => {
      current = false;
    };
  }, [api, query]);
  return facets && facets.query === query ? facets.facets : null;
}
