import * as v from 'valibot';
import { id, none, text } from './common';

// The handlers check a colour's form and a name's emptiness and uniqueness, with messages that
// say what to do; the schema checks only the shape.
const color = text(40);
const tagName = text(1000);
const memo = text(100_000);

/** Argument schemas of the codebook commands. */
export const tagSchemas = {
  'tags-list': none,
  'tags-create': v.strictObject({
    name: tagName,
    parent_id: v.optional(v.nullable(id)),
    color: v.optional(color),
    memo: v.optional(memo),
  }),
  'tags-update': v.strictObject({
    id,
    name: v.optional(tagName),
    color: v.optional(color),
    memo: v.optional(memo),
  }),
  'tags-move': v.strictObject({ id, parent_id: v.nullable(id), before_id: v.optional(v.nullable(id)) }),
  'tags-merge': v.strictObject({ id, into_id: id }),
  'tags-delete': v.strictObject({ id }),
  'tags-trash-list': none,
  'tags-trash-restore': v.strictObject({ id }),
};
