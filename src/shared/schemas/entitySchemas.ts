import * as v from 'valibot';
import { id, intRange, offset, text } from './common';

export const entityKind = v.picklist(
  ['person', 'organisation', 'place'],
  'must be person, organisation or place',
);
const name = v.pipe(text(300), v.trim(), v.minLength(1, 'must not be empty'));

/** Argument schemas of the entity index commands. */
export const entitySchemas = {
  /** A page of entities, most mentioned first; `query` matches any alias across spellings. */
  'entities-list': v.strictObject({
    kind: v.optional(entityKind),
    query: v.optional(text(300)),
    limit: v.optional(intRange(1, 1000)),
    offset: v.optional(offset),
  }),
  /** Folds `ids` into `into`: their aliases, mentions and quotes become its own. */
  'entities-merge': v.strictObject({
    into: id,
    ids: v.pipe(v.array(id, 'must be a list of ids'), v.minLength(1, 'must name at least one entity')),
  }),
  /** Moves the given aliases (and the mentions written so) out into a new entity. */
  'entities-split': v.strictObject({
    id,
    aliases: v.pipe(v.array(name), v.minLength(1, 'must name at least one alias')),
  }),
  'entities-rename': v.strictObject({ id, name }),
  /** Links a role ("Russian Foreign Minister") to a person: quotes given to the role count as theirs. */
  'entities-link-role': v.strictObject({ id, role: name }),
  /** Pairs of entities whose names differ by a typo or two, for the researcher to confirm. */
  'entities-typos': v.strictObject({ kind: v.optional(entityKind) }),
};
