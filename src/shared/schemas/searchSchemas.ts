import * as v from 'valibot';
import { intRange, text } from './common';

export const query = text(1000);

/** Argument schemas of the search commands. */
export const searchSchemas = {
  search: v.strictObject({ query, limit: v.optional(intRange(1, 10_000)) }),
};
