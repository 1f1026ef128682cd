import { none } from './common';

/** Argument schemas of the import commands (import-paths and import-uploads are still in CHECKS). */
export const importSchemas = {
  /** Stops the running import(s) after the batch being written. */
  'import-cancel': none,
};
