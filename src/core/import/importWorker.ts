/**
 * An import worker thread: prepares files (read, analyse, detect quotations) off the thread
 * that serves the interface and writes the database. Messages in: { id, name, path, bytes?,
 * importedAt }; out: { ready: true } once loaded, then { id, result } per file. A file by path is
 * read here, so reading runs in parallel too. One worker serves many imports (filePreparer's pool).
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { prepareForImport } from './prepareForImport';

export interface WorkerJob {
  id: number;
  name: string;
  path: string | null;
  bytes?: Uint8Array;
  /** The import's time stamp, the same for all its documents. */
  importedAt: string;
}

parentPort?.on('message', (job: WorkerJob) => {
  const file = {
    name: job.name,
    path: job.path,
    read: () => job.bytes ?? readFileSync(job.path!),
  };
  prepareForImport(file, job.importedAt).then(
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
