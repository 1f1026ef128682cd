import type { SearchHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import { searchDocuments } from './searchDocuments';
import { searchFacets } from './searchFacets';
import { searchKwic } from './searchKwic';

export function searchHandlers({ db }: Context): SearchHandlers {
  return {
    search: async ({ query, ...options }) => searchDocuments(db, query, options),
    'search-facets': async ({ query }) => searchFacets(db, query),
    'search-kwic': async ({ query, ...options }) => searchKwic(db, query, options),
  };
}
