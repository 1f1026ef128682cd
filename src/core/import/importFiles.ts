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
export async function importFiles(
  context: Context,
  files: SourceFile[],
  earlier: ImportOutcome[] = [],
): Promise<ImportReport> {
  const started = performance.now();
  const store = documentStore(context.db);
  const importedAt = new Date().toISOString();
  const outcomes: Array<ImportOutcome | null> = [];
  const pending: Array<{ index: number; doc: NewDocument; file: string }> = [];
  const seen = new Map<string, string>();

  for (const [index, file] of files.entries()) {
    const label = file.path ?? file.name;
    const prepared = await prepareFile(file, importedAt);
    context.emit('on-import-progress', { done: index + 1, total: files.length, file: file.name });
    if ('problem' in prepared) {
      outcomes.push({ status: 'failed', file: label, message: prepared.problem });
      continue;
    }
    const many = prepared.documents.length > 1;
    prepared.documents.forEach((doc, part) => {
      // An export of many articles reports each one under the file's name and its place in it.
      const docLabel = many ? `${label} (${part + 1} of ${prepared.documents.length})` : label;
      const existing = store.existingId(doc.content_hash);
      if (existing !== undefined) {
        outcomes.push({
          status: 'duplicate',
          file: docLabel,
          existing_id: existing,
          message: `Skipped: the same text is already in the project as document ${existing}.`,
        });
        return;
      }
      const twin = seen.get(doc.content_hash);
      if (twin) {
        outcomes.push({
          status: 'duplicate',
          file: docLabel,
          existing_id: null,
          message: `Skipped: it has the same text as ${twin} in this import.`,
        });
        return;
      }
      seen.set(doc.content_hash, docLabel);
      pending.push({ index: outcomes.length, doc, file: docLabel });
      outcomes.push(null);
    });
  }

  try {
    context.db
      .transaction(() => {
        for (const { index, doc, file } of pending) {
          const id = store.insert(doc);
          // Detected now rather than on first use: import shows progress, a first click should not wait.
          storeQuoteSuggestions(context.db, id, doc.body);
          outcomes[index] = { status: 'imported', file, id, title: doc.title };
        }
      })
      .immediate();
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
export async function importPaths(context: Context, paths: string[]): Promise<ImportReport> {
  const { files, problems } = collectFiles(paths);
  return importFiles(context, files, problems);
}
