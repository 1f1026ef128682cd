import * as v from 'valibot';
import { text } from './common';

const filePath = v.pipe(text(4096), v.minLength(1, 'must name a file'));

/** Argument schemas of the interchange commands (REFI-QDA out and in). */
export const interchangeSchemas = {
  'export-qdpx': v.strictObject({ out_path: filePath }),
  'export-qdc': v.strictObject({ out_path: filePath }),
  'import-refi': v.strictObject({ path: filePath }),
};
