import type { ImportOutcome, ImportReport } from '../../shared/model';
import { LecternError } from '../../shared/errors';
import { documentStore, type NewDocument } from '../documents/documentStore';
import type { Context } from '../workbench';
import { storeQuoteSuggestions } from '../quotes/storeQuoteSuggestions';
import { collectFiles, type SourceFile } from './collectFiles';
import { prepareFile } from './prepareFile';

/**
 * Imports files in one transaction: every readable new file lands, or — if writing fails — none
 * does. Files that cannot be read, are empty or binary, or were imported before get a per-file
 * outcome with the reason; the others still import.
 */
export function importFiles(
  context: Context,
  files: SourceFile[],
  earlier: ImportOutcome[] = [],
): ImportReport {
  const started = performance.now();
  const store = documentStore(context.db);
  const importedAt = new Date().toISOString();
  const outcomes: Array<ImportOutcome | null> = [];
  const pending: Array<{ index: number; doc: NewDocument; file: string }> = [];
  const seen = new Map<string, string>();

  files.forEach((file, index) => {
    const label = file.path ?? file.name;
    const prepared = prepareFile(file, importedAt);
    context.emit('on-import-progress', { done: index + 1, total: files.length, file: file.name });
    if ('problem' in prepared) {
      outcomes.push({ status: 'failed', file: label, message: prepared.problem });
      return;
    }
    const existing = store.existingId(prepared.content_hash);
    if (existing !== undefined) {
      outcomes.push({
        status: 'duplicate',
        file: label,
        existing_id: existing,
        message: `Skipped: the same text is already in the project as document ${existing}.`,
      });
      return;
    }
    const twin = seen.get(prepared.content_hash);
    if (twin) {
      outcomes.push({
        status: 'duplicate',
        file: label,
        existing_id: null,
        message: `Skipped: it has the same text as ${twin} in this import.`,
      });
      return;
    }
    seen.set(prepared.content_hash, label);
    pending.push({ index, doc: prepared, file: label });
    outcomes.push(null);
  });

  try {
    context.db.transaction(() => {
      for (const { index, doc, file } of pending) {
        const id = store.insert(doc);
        // Detected now rather than on first use: import shows progress, a first click should not wait.
        storeQuoteSuggestions(context.db, id, doc.body);
        outcomes[index] = { status: 'imported', file, id, title: doc.title };
      }
    })();
  } catch (error) {
    throw new LecternError(
      'import-failed',
      `The import was rolled back and nothing was added: writing to the project failed (${(error as Error).message}). ` +
        'Check free disk space and that the project file is writable, then import again.',
      (error as Error).stack,
    );
  }

  const all = [...earlier, ...(outcomes as ImportOutcome[])];
  const importedIds = all.flatMap((outcome) => (outcome.status === 'imported' ? [outcome.id] : []));
  if (importedIds.length > 0) context.emit('on-documents-changed', { ids: importedIds });
  return {
    imported: importedIds.length,
    duplicates: all.filter((outcome) => outcome.status === 'duplicate').length,
    failed: all.filter((outcome) => outcome.status === 'failed').length,
    outcomes: all,
    elapsed_ms: Math.round(performance.now() - started),
  };
}

/** Imports files and folders from disk (folders recursively). */
export function importPaths(context: Context, paths: string[]): ImportReport {
  const { files, problems } = collectFiles(paths);
  return importFiles(context, files, problems);
}
