import * as v from 'valibot';
import { id, offset, text } from './common';

const scope = v.picklist(['match', 'sentence', 'paragraph'], 'must be match, sentence or paragraph');
const query = v.pipe(text(1000), v.minLength(1, 'must not be empty'));

/** Argument schemas of auto-coding: the hits of a search, previewed, then coded with one tag. */
export const autocodeSchemas = {
  'autocode-preview': v.strictObject({ query, scope: v.optional(scope), tag_id: v.optional(id) }),
  'autocode-apply': v.strictObject({
    query,
    scope: v.optional(scope),
    tag_id: id,
    /** Hits the researcher unticked in the preview, by document and start. */
    skip: v.optional(
      v.pipe(
        v.array(v.strictObject({ document_id: id, start: offset }), 'must be a list of hits'),
        v.maxLength(20_000, 'must list at most 20,000 hits'),
      ),
    ),
  }),
};
