import { restoreWithoutOpening, listBackups } from '../../core/db/backups';
import { Workbench } from '../../core/workbench';
import { toErrorData } from '../../shared/errors';
import { printJson } from '../CliCommand';

export const backupsUsage =
  'backups [list|create|restore FILE|restore --latest]   verified copies of the project (restore saves the current state first)';

/**
 * `lectern backups …` opens the project itself: a damaged project does not open, and restoring
 * its newest backup is exactly what is needed then (the damaged file is set aside, not deleted).
 */
export async function runBackups(
  path: string,
  args: string[],
  options: Map<string, string | true>,
  json: boolean,
): Promise<number> {
  const [action = 'list', file] = args;
  const chosen = options.has('latest') ? listBackups(path)[0]?.file : file;
  let workbench: Workbench;
  try {
    workbench = new Workbench(path);
  } catch (error) {
    const { code } = toErrorData(error);
    if (action !== 'restore' || (code !== 'db-damaged' && code !== 'db-unreadable')) throw error;
    const result = restoreWithoutOpening(path, chosen);
    if (json) printJson(result);
    else console.log(`Restored ${result.restored.file}; the damaged file is kept as ${result.set_aside}.`);
    return 0;
  }
  try {
    if (action === 'list') {
      const list = await workbench.call('backups-list', {});
      if (json) printJson(list);
      else {
        console.log(`${list.backups.length} backups in ${list.dir} (keeping the newest ${list.keep})`);
        for (const b of list.backups)
          console.log(`${b.file}  ${b.reason}  ${(b.bytes / 1048576).toFixed(1)} MB`);
      }
      return 0;
    }
    if (action === 'create') {
      const backup = await workbench.call('backups-create', {});
      if (json) printJson(backup);
      else console.log(`Backed up to ${backup.path}`);
      return 0;
    }
    if (action === 'restore') {
      if (!chosen)
        throw new Error('Name the backup to restore (see `lectern backups list`), or use --latest.');
      const result = await workbench.call('backups-restore', { file: chosen });
      if (json) printJson(result);
      else
        console.log(
          `Restored ${result.restored.file}; the state before is saved as ${result.saved_current.file}.`,
        );
      return 0;
    }
    throw new Error(`Unknown backups action "${action}": use list, create or restore.`);
  } finally {
    workbench.close();
  }
}
