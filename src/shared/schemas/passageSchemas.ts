import * as v from 'valibot';
import { id } from './common';

/** Argument schemas of the passage commands (others are still checked in core/validateArgs). */
export const passageSchemas = {
  'passages-get': v.strictObject({
    ids: v.pipe(v.array(id, 'must be a list of ids'), v.maxLength(1000, 'must list at most 1,000 ids')),
  }),
  /**
   * Moves one end of a passage by one word, from the passage as stored: the step is relative, so
   * quick presses never race a view that has not caught up with the previous answer.
   */
  'passages-nudge': v.strictObject({
    id,
    edge: v.picklist(['start', 'end'], 'must be start or end'),
    direction: v.picklist([-1, 1], 'must be -1 or 1'),
  }),
};
