import type { SearchHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import { searchDocuments } from './searchDocuments';
import { searchFacets } from './searchFacets';
import { searchKwic } from './searchKwic';
import { savedSearches } from './savedSearches';

export function searchHandlers({ db }: Context): SearchHandlers {
  const saved = savedSearches(db);
  return {
    search: async ({ query, ...options }) => searchDocuments(db, query, options),
    'search-facets': async ({ query }) => searchFacets(db, query),
    'search-kwic': async ({ query, ...options }) => searchKwic(db, query, options),
    'saved-searches-list': async () => saved.list(),
    'saved-searches-save': async ({ query, name }) => saved.save(query, name),
    'saved-searches-delete': async ({ id }) => saved.delete(id),
  };
}
