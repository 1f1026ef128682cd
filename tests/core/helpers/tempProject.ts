import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workbench } from '../../../src/core/workbench';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const SAMPLE_DIR = join(REPO_ROOT, 'resources', 'sample');

// Cleanup runs when the test process exits: node:test's after() inside a before() hook would
// fire as soon as that hook ends.
const cleanups: Array<() => void> = [];
process.on('exit', () => cleanups.reverse().forEach((cleanup) => cleanup()));

/** A fresh folder under the OS temp dir, removed when the test process ends. */
export function tempDir(prefix = 'lectern-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A new project database file with its Workbench, closed when the test process ends. */
export function tempWorkbench(): Workbench {
  const workbench = new Workbench(join(tempDir(), 'project.lectern'));
  cleanups.push(() => workbench.close());
  return workbench;
}

/** A project with the five sample articles imported. */
export async function sampleWorkbench(): Promise<Workbench> {
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [SAMPLE_DIR] });
  if (report.imported !== 5) throw new Error(`sample import: ${JSON.stringify(report.outcomes)}`);
  return workbench;
}
