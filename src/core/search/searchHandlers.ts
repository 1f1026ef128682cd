import type { SearchHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import { searchDocuments } from './searchDocuments';

export function searchHandlers({ db }: Context): SearchHandlers {
  return {
    search: async ({ query, limit = 50 }) => searchDocuments(db, query, limit),
  };
}
