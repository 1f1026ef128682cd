import { checkProjectFile } from '../../core/db/checkProjectFile';
import { printJson } from '../CliCommand';

export const checkUsage =
  "check                 SQLite's full integrity check of the project (opening checks it only after a crash or an outside change)";

/**
 * `lectern check` reads the project itself, without opening it as a workbench: a damaged project
 * is reported with the newest backup to restore, not refused before the check can say what is wrong.
 */
export function runCheck(path: string, json: boolean): number {
  const started = performance.now();
  const result = checkProjectFile(path);
  if (json) printJson({ ...result, ok: true });
  else
    console.log(
      `✓ ${path} is whole (SQLite integrity_check, ${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
  return 0;
}
