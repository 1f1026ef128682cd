import * as v from 'valibot';
import { text } from './common';

const path = v.pipe(
  text(4096),
  v.check((s) => s.trim() !== '', 'must not be empty'),
);

/** Argument schemas of the import commands. */
export const importSchemas = {
  /** Files or folders on the machine running the engine (Electron dialog, CLI). */
  'import-paths': v.strictObject({
    paths: v.pipe(v.array(path, 'must be a list of file or folder paths'), v.maxLength(100_000)),
  }),
  /** Files handed over by content (browser file picker, drag and drop). */
  'import-uploads': v.strictObject({
    files: v.array(
      v.strictObject({ name: text(1000), data_base64: v.string('must be base64 text') }),
      'must be a list of { name, data_base64 }',
    ),
  }),
  /** Stops the running import(s) after the batch being written. */
  'import-cancel': v.strictObject({}),
  /** Reads the quotations and entities of documents lacking them; resolves when none is left. */
  'quotations-catch-up': v.strictObject({}),
};
