import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from './collectFiles';
import type { WorkerJob } from './importWorker';
import { prepareForImport, type ReadyFile } from './prepareForImport';

/** Below this many files, starting threads costs more than it saves. */
const WORKER_MIN_FILES = 24;

export interface FilePreparer {
  /** Read, analyse and detect quotations for one file (its documents, or what is wrong). */
  prepare(file: SourceFile): Promise<ReadyFile>;
  /** How many worker threads prepare files now (0: this thread does); a failed worker leaves. */
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * Where the worker's code is: set LECTERN_IMPORT_WORKER to a file to choose; otherwise the
 * bundled `importWorker.js` beside this code (electron-vite emits it next to main's bundle), or,
 * when running from TypeScript sources under tsx (tests, CLI, server), `importWorker.ts` — a
 * worker inherits the parent's `--import tsx`, so it can load it. With none of these the import
 * prepares files on this thread: slower, but the same result.
 */
export function importWorkerScript(): string | null {
  const chosen = process.env.LECTERN_IMPORT_WORKER;
  if (chosen !== undefined) return chosen === '' || chosen === '0' ? null : chosen;
  const bundled = ['importWorker.js', 'importWorker.cjs']
    .map((name) => join(__dirname, name))
    .find(existsSync);
  if (bundled) return bundled;
  const source = join(__dirname, 'importWorker.ts');
  const underTsx = process.execArgv.join(' ').includes('tsx');
  return underTsx && existsSync(source) ? source : null;
}

/** In-thread preparation: small imports, or no worker script. Yields between files. */
function inThread(importedAt: string): FilePreparer {
  return {
    threads: 0,
    async prepare(file) {
      // Let other commands (coding, a cancel) through between files.
      await new Promise((resolve) => setImmediate(resolve));
      return prepareForImport(file, importedAt);
    },
    async close() {},
  };
}

/**
 * Prepares the files of one import, on worker threads (one per core) when the import is large
 * enough and a worker script is available, else on this thread.
 */
export function filePreparer(fileCount: number, importedAt: string): FilePreparer {
  const script = fileCount >= WORKER_MIN_FILES ? importWorkerScript() : null;
  if (!script) return inThread(importedAt);
  const fallback = inThread(importedAt);
  const size = Math.max(1, Math.min(4, availableParallelism()));
  // Node's ESM loader hooks (tsx's `--import`) do not reach a worker's entry on Node 20, so a
  // TypeScript worker registers tsx's require hook itself; without this every import under tsx
  // (tests, CLI from source, benches) silently fell back to preparing on this thread.
  const start = () =>
    script.endsWith('.ts')
      ? new Worker(
          `const { createRequire } = require('node:module');
           const from = createRequire(${JSON.stringify(script)});
           from('tsx/cjs/api').register();
           from(${JSON.stringify(script)});`,
          { eval: true, workerData: { importedAt } },
        )
      : new Worker(script, { workerData: { importedAt } });
  type Pending = { resolve(result: ReadyFile): void; file: SourceFile };
  const workers: Array<{ worker: Worker; pending: Map<number, Pending>; dead: boolean }> = [];
  let nextId = 0;
  for (let i = 0; i < size; i++) {
    const entry = {
      worker: start(),
      pending: new Map(),
      dead: false,
    };
    entry.worker.unref();
    entry.worker.on('message', ({ id, result }: { id: number; result: ReadyFile }) => {
      const job = entry.pending.get(id);
      entry.pending.delete(id);
      job?.resolve(result);
    });
    // A worker that fails (cannot load, runs out of memory) hands its files back to this thread.
    const retire = () => {
      if (entry.dead) return;
      entry.dead = true;
      for (const job of entry.pending.values()) void fallback.prepare(job.file).then(job.resolve);
      entry.pending.clear();
    };
    entry.worker.on('error', retire);
    entry.worker.on('exit', retire);
    workers.push(entry);
  }
  return {
    get threads() {
      return workers.filter((w) => !w.dead).length;
    },
    prepare(file) {
      const live = workers.filter((w) => !w.dead);
      if (live.length === 0) return fallback.prepare(file);
      const entry = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<ReadyFile>((resolve) => {
        entry.pending.set(id, { resolve, file });
        let job: WorkerJob;
        if (file.path !== null && existsSync(file.path)) job = { id, name: file.name, path: file.path };
        else {
          // Uploads (and anything not on disk) travel as bytes.
          let bytes: Uint8Array;
          try {
            bytes = file.read();
          } catch {
            entry.pending.delete(id);
            void fallback.prepare(file).then(resolve);
            return;
          }
          job = { id, name: file.name, path: file.path, bytes };
        }
        entry.worker.postMessage(job);
      });
    },
    async close() {
      for (const entry of workers) entry.dead = true;
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
