import * as v from 'valibot';
import { id, none } from './common';

export const sortKey = v.picklist(
  ['title', 'published_at', 'source', 'language', 'imported_at'],
  'must be title, published_at, source, language or imported_at',
);
export const sortDirection = v.picklist(['asc', 'desc'], 'must be asc or desc');

/** Argument schemas of the project and document commands. */
export const documentSchemas = {
  'project-info': none,
  'documents-list': v.strictObject({ sort: v.optional(sortKey), direction: v.optional(sortDirection) }),
  'documents-get': v.strictObject({ id }),
};
