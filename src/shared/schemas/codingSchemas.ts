import * as v from 'valibot';
import { id, none } from './common';
import { query } from './searchSchemas';

export const autocodeScope = v.picklist(
  ['match', 'sentence', 'paragraph'],
  'must be match, sentence or paragraph',
);

/** Argument schemas of undo/redo, auto-coding and re-import (which re-anchors passages). */
export const codingSchemas = {
  'coding-undo': none,
  'coding-redo': none,
  'coding-undo-state': none,
  'autocode-preview': v.strictObject({
    query,
    scope: v.optional(autocodeScope),
    tag_id: v.optional(id),
  }),
  'autocode-apply': v.strictObject({ query, scope: v.optional(autocodeScope), tag_id: id }),
  'documents-reimport': v.strictObject({ id }),
};
