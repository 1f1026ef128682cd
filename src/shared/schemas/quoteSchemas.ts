import * as v from 'valibot';
import { id, idList, intRange, none, offset, text } from './common';

export const quoteStatus = v.picklist(
  ['open', 'accepted', 'dismissed'],
  'must be open, accepted or dismissed',
);

/** Argument schemas of the quotation and speaker commands. */
export const quoteSchemas = {
  'quotes-list': v.strictObject({
    document_id: v.optional(id),
    /** Any spelling or alias of the speaker (Lawrow, Лавров, a linked role). */
    speaker: v.optional(text(300)),
    status: v.optional(quoteStatus),
    limit: v.optional(intRange(1, 10_000)),
    offset: v.optional(offset),
  }),
  'quotes-page': v.strictObject({
    document_id: v.optional(id),
    speaker: v.optional(text(300)),
    status: v.optional(quoteStatus),
    offset: v.optional(offset),
    after: v.optional(id),
    limit: v.optional(intRange(1, 500)),
    count: v.optional(v.boolean('must be true or false')),
  }),
  'quotes-accept': v.strictObject({
    id,
    speaker: v.optional(v.nullable(text(300))),
    tag_ids: v.optional(idList),
  }),
  'quotes-dismiss': v.strictObject({ id }),
  'speakers-list': none,
  'speakers-page': v.strictObject({
    /** Words any spelling of the person contains (folded: Lawrow finds Lavrov). */
    query: v.optional(text(300)),
    /** Only the person this spelling or name belongs to. */
    speaker: v.optional(text(300)),
    offset: v.optional(offset),
    /** A row's `key`: the page starts after it. */
    after: v.optional(text(300)),
    limit: v.optional(intRange(1, 500)),
    count: v.optional(v.boolean('must be true or false')),
  }),
};
