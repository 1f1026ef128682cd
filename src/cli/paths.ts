import { join, resolve } from 'node:path';

/** The repository (or unpacked app) root: the CLI runs from source with tsx. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SAMPLE_DIR = join(REPO_ROOT, 'resources', 'sample');
