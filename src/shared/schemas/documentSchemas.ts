import * as v from 'valibot';
import { id, idList, intRange, none, offset, text } from './common';

export const sortKey = v.picklist(
  ['title', 'published_at', 'source', 'language', 'imported_at'],
  'must be title, published_at, source, language or imported_at',
);
export const sortDirection = v.picklist(['asc', 'desc'], 'must be asc or desc');

/** What narrows the library; new parts (e.g. one row per story) join here. */
export const documentFilter = v.strictObject({
  text: v.optional(text(200)),
  source: v.optional(text(500)),
  language: v.optional(text(20)),
  /** Only these documents (e.g. the ones an import just added). */
  ids: v.optional(v.pipe(idList, v.maxLength(1000, 'must list at most 1,000 ids'))),
});

/** Argument schemas of the project and document commands. */
export const documentSchemas = {
  'project-info': none,
  'documents-list': v.strictObject({ sort: v.optional(sortKey), direction: v.optional(sortDirection) }),
  /**
   * One page of the library, sorted and filtered in SQLite: by position (`offset`, for a
   * virtualised table that jumps) or after a row (`after`: the last id of the previous page).
   */
  'documents-page': v.strictObject({
    sort: v.optional(sortKey),
    direction: v.optional(sortDirection),
    filter: v.optional(documentFilter),
    offset: v.optional(offset),
    after: v.optional(id),
    limit: v.optional(intRange(1, 1000)),
    /** false: skip counting (the caller knows the total for this filter); `total` is then null. */
    count: v.optional(v.boolean('must be true or false')),
  }),
  'documents-overview': none,
  'documents-get': v.strictObject({ id }),
};
