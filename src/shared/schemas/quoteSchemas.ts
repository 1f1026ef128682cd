import * as v from 'valibot';
import { id, idList, none, text } from './common';

/** Argument schemas of the quotation and speaker commands. */
export const quoteSchemas = {
  'quotes-list': v.strictObject({
    document_id: v.optional(id),
    speaker: v.optional(text(300)),
    status: v.optional(v.picklist(['open', 'accepted', 'dismissed'], 'must be open, accepted or dismissed')),
  }),
  'quotes-accept': v.strictObject({
    id,
    speaker: v.optional(v.nullable(text(300))),
    tag_ids: v.optional(idList),
  }),
  'quotes-dismiss': v.strictObject({ id }),
  'speakers-list': none,
};
