import * as v from 'valibot';
import { id, none } from './common';

/** Argument schemas of undo/redo and re-import (which re-anchors passages); auto-coding is in autocodeSchemas. */
export const codingSchemas = {
  'coding-undo': none,
  'coding-redo': none,
  'coding-undo-state': none,
  'documents-reimport': v.strictObject({ id }),
};
