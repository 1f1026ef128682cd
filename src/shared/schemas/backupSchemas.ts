import * as v from 'valibot';
import { intRange, none, text } from './common';

/** Argument schemas of the backup commands. */
export const backupSchemas = {
  'backups-list': none,
  'backups-create': none,
  /** `file`: a backup's file name as `backups-list` gives it (never a path). */
  'backups-restore': v.strictObject({
    file: v.pipe(text(200), v.regex(/^[\w.-]+\.lectern$/, 'must be a backup file name from backups-list')),
  }),
  'backups-set-keep': v.strictObject({ keep: intRange(1, 1000) }),
};
