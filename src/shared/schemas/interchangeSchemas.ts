import * as v from 'valibot';
import { id, none, text } from './common';
import { passageFilter as browserFilter } from './passageSchemas';

const filePath = v.pipe(text(4096), v.minLength(1, 'must name a file'));

/** The passage browser's filter (PassageFilter), for a table of what it shows. */
export const passageFilter = v.strictObject(browserFilter);

/** Argument schemas of the interchange commands (REFI-QDA out and in). */
export const interchangeSchemas = {
  /** Without out_path the file comes back as bytes (base64) for the browser to save. */
  'export-qdpx': v.strictObject({ out_path: v.optional(filePath) }),
  'export-qdc': v.strictObject({ out_path: v.optional(filePath) }),
  'import-refi': v.strictObject({ path: filePath }),
  /** A .qdpx or .qdc handed over by content (browser file picker). */
  'import-refi-upload': v.strictObject({
    name: v.pipe(text(1000), v.regex(/\.(qdpx|qdc)$/i, 'must be a .qdpx or .qdc file')),
    data_base64: v.pipe(v.string('must be base64 text'), v.maxLength(1_400_000_000, 'is over 1 GB')),
  }),
  'projects-list': none,
  'projects-create': v.strictObject({ name: v.pipe(text(4096), v.minLength(1, 'must name the project')) }),
  'projects-open': v.strictObject({ path: filePath }),
  'projects-rename': v.strictObject({ name: v.pipe(text(200), v.minLength(1, 'must name the project')) }),
  'projects-save-copy': v.strictObject({ name: v.pipe(text(4096), v.minLength(1, 'must name the copy')) }),
  'coders-list': none,
  'merge-project': v.strictObject({
    path: filePath,
    coder_name: v.optional(v.pipe(text(200), v.minLength(1))),
  }),
  'agreement-report': v.strictObject({ coder_a: v.optional(id), coder_b: v.optional(id) }),
  'export-table': v.strictObject({
    what: v.picklist(
      ['passages', 'quotes', 'codebook', 'matrix'],
      'must be passages, quotes, codebook or matrix',
    ),
    format: v.picklist(['csv', 'xlsx'], 'must be csv or xlsx'),
    /** Omitted: the bytes come back (base64) for the browser to save. */
    out_path: v.optional(filePath),
    filter: v.optional(passageFilter),
  }),
};
