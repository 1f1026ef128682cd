/**
 * An import worker thread: prepares files (read, analyse, detect quotations) off the thread
 * that serves the interface and writes the database. Messages in: a FileJob ({ id, name, path,
 * bytes?, importedAt, quotes }) or a QuotesJob ({ id, kind: 'quotes', documents }); out:
 * { ready: true } once loaded, then { id, result } per job. A file by path is read here, so
 * reading runs in parallel too. One worker serves many imports (filePreparer's pool).
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { readQuotes } from '../quotes/storeQuoteSuggestions';
import { prepareForImport } from './prepareForImport';

/** Prepare one file for import. */
export interface FileJob {
  kind?: 'file';
  id: number;
  name: string;
  path: string | null;
  bytes?: Uint8Array;
  /** The import's time stamp, the same for all its documents. */
  importedAt: string;
  /** False: leave quotations and entities for the second phase (prepareForImport). */
  quotes: boolean;
}

/** Read the quotations and entities of stored documents (the second phase of a large import). */
export interface QuotesJob {
  kind: 'quotes';
  id: number;
  documents: Array<{ id: number; body: string }>;
}

export type WorkerJob = FileJob | QuotesJob;

parentPort?.on('message', (job: WorkerJob) => {
  if (job.kind === 'quotes') {
    // Synchronous: one reading per document, in the order sent.
    let result;
    try {
      result = job.documents.map(({ body }) => readQuotes(body));
    } catch (error) {
      result = { problem: (error as Error).message };
    }
    parentPort?.postMessage({ id: job.id, result });
    return;
  }
  const file = {
    name: job.name,
    path: job.path,
    read: () => job.bytes ?? readFileSync(job.path!),
  };
  prepareForImport(file, job.importedAt, job.quotes).then(
    (result) => parentPort?.postMessage({ id: job.id, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        result: { problem: `Not imported: reading it failed (${(error as Error).message}).` },
      }),
  );
});

// Loaded: the preparer sends files from now on (until then its own thread prepares them).
parentPort?.postMessage({ ready: true });
