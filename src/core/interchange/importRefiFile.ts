import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { LecternError } from '../../shared/errors';
import type { RefiImportReport } from '../../shared/model';
import type { Db } from '../db/open';
import { importRefi } from './importRefi';
import { parseQde } from './parseQde';
import { unpackQdpx } from './unpackQdpx';
import { validateRefi } from './validateRefi';

/** The largest .qdpx / .qdc file Lectern opens. */
export const MAX_REFI_FILE_BYTES = 1024 * 1024 * 1024;

/**
 * Imports a REFI-QDA project (.qdpx) or codebook (.qdc) from disk into the project: checks the
 * file, validates the XML against the schema (failures are reported, and what can be read is
 * read — real exports often stray from it), then writes everything in one transaction.
 */
export async function importRefiFile(db: Db, path: string): Promise<RefiImportReport> {
  const label = basename(path);
  const extension = extname(path).toLowerCase();
  if (extension !== '.qdpx' && extension !== '.qdc') {
    throw new LecternError(
      'invalid-argument',
      `${label}: Lectern imports REFI-QDA projects (.qdpx) and codebooks (.qdc). For documents, use Import Files.`,
    );
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new LecternError(
      'not-found',
      `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path.`,
    );
  }
  if (size > MAX_REFI_FILE_BYTES) {
    throw new LecternError(
      'invalid-argument',
      `${label} is ${(size / 1024 / 1024 / 1024).toFixed(1)} GB; Lectern imports REFI-QDA files up to 1 GB. Nothing was imported.`,
    );
  }
  return importRefiBytes(
    db,
    new Uint8Array(readFileSync(path)),
    label,
    extension === '.qdc' ? 'codebook' : 'project',
  );
}

/** The same, from bytes (a file handed over by the browser). */
export async function importRefiBytes(
  db: Db,
  bytes: Uint8Array,
  label: string,
  kind: 'project' | 'codebook',
): Promise<RefiImportReport> {
  if (kind === 'codebook') {
    const xml = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const validation = started(validateRefi(xml, 'codebook'));
    const project = parseQde(xml, label);
    const warnings = schemaWarnings(await validation, label);
    return importRefi(db, { label, project, files: new Map(), skippedFiles: [], warnings });
  }
  const unpacked = unpackQdpx(bytes, label);
  // libxml2 validates in a worker thread while this thread parses: the two overlap.
  const validation = started(validateRefi(unpacked.qde, 'project'));
  const project = parseQde(unpacked.qde, `${label} ▸ ${unpacked.qdeName}`);
  const warnings = schemaWarnings(await validation, `${label} ▸ ${unpacked.qdeName}`);
  return importRefi(db, { label, project, files: unpacked.files, skippedFiles: unpacked.skipped, warnings });
}

/** A promise whose failure is kept for the await, not reported as unhandled if parsing throws first. */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Schema errors as report lines: the first few, and how many more. */
function schemaWarnings(errors: string[], label: string): string[] {
  if (errors.length === 0) return [];
  const shown = errors.slice(0, 5).map((error) => `${label} does not follow the REFI-QDA schema: ${error}`);
  if (errors.length > 5) shown.push(`… and ${errors.length - 5} more schema errors`);
  return shown;
}
