import * as v from 'valibot';
import { id, intRange, none, text } from './common';

/** How results are ordered: by relevance (BM25, titles weigh more) or newest first. */
export const searchSort = v.picklist(['rank', 'date'], 'must be rank or date');

export const query = text(1000);

/** Argument schemas of the search commands. */
export const searchSchemas = {
  search: v.strictObject({
    query,
    limit: v.optional(intRange(1, 10_000)),
    offset: v.optional(intRange(0, 10_000_000)),
    sort: v.optional(searchSort),
  }),
  /** Counts beside the results: by language, source, year, month and tag. */
  'search-facets': v.strictObject({ query }),
  /** Keyword in context: one line per occurrence, left | hit | right. */
  'search-kwic': v.strictObject({
    query,
    limit: v.optional(intRange(1, 20_000)),
    width: v.optional(intRange(10, 400)),
    sort: v.optional(searchSort),
  }),
  /** The project's saved searches, by name. */
  'saved-searches-list': none,
  /** Saves a query under a name (the query itself by default); a taken name gets the new query. */
  'saved-searches-save': v.strictObject({ query, name: v.optional(text(200)) }),
  'saved-searches-delete': v.strictObject({ id }),
};
