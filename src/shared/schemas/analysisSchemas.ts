import * as v from 'valibot';
import { intRange, text } from './common';

const query = v.optional(text(1000));
/** A tag counts the passages of its sub-tags too (default true): Actors counts Actors/Russia. */
const subtags = v.optional(v.boolean('must be true or false'));

/** Argument schemas of the analysis commands. A `query` narrows each view to the documents it matches. */
export const analysisSchemas = {
  /** Matches of a query (documents) or codings of a tag (passages) per year, month or week. */
  'analysis-frequency': v.strictObject({
    query,
    tag: v.optional(text(500)),
    by: v.optional(v.picklist(['year', 'month', 'week'], 'must be year, month or week')),
    split: v.optional(v.picklist(['none', 'source', 'language'], 'must be none, source or language')),
  }),
  /** Tags × documents, sources, speakers or languages: passages per cell. */
  'analysis-matrix': v.strictObject({
    query,
    columns: v.optional(
      v.picklist(
        ['document', 'source', 'speaker', 'language'],
        'must be document, source, speaker or language',
      ),
    ),
    limit: v.optional(intRange(1, 200)),
    subtags,
  }),
  /** Pairs of tags coded together: on overlapping text, in one paragraph or in one document. */
  'analysis-cooccurrence': v.strictObject({
    query,
    scope: v.optional(
      v.picklist(['overlap', 'paragraph', 'document'], 'must be overlap, paragraph or document'),
    ),
    subtags,
  }),
  /** Word frequencies and keywords of the documents a query matches, against the whole corpus. */
  'analysis-words': v.strictObject({ query: text(1000), limit: v.optional(intRange(1, 1000)) }),
};
