import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from './collectFiles';
import type { WorkerJob } from './importWorker';
import { prepareForImport, type ReadyFile } from './prepareForImport';

/**
 * Below this many files, starting threads costs more than it saves: a worker loads all of the
 * import's code (0.3 s bundled, 1–1.5 s of CPU under tsx) and warms up its own caches and JIT,
 * while this thread prepares a page in 2–4 ms (measured with bench:import: 100 saved pages were
 * slower on two new workers than here).
 */
const WORKER_MIN_FILES = 200;
/** Files handed to one worker at a time. */
const PER_WORKER = 4;

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
  type Job = { resolve(result: ReadyFile): void; file: SourceFile };
  type Entry = { worker: Worker; pending: Map<number, Job>; ready: boolean; dead: boolean };
  const workers: Entry[] = [];
  // Files wait here until a worker has room: each holds a few, so none idles while results travel.
  const queue: Job[] = [];
  let nextId = 0;
  let local = false;
  let closed = false;
  const send = (entry: Entry, job: Job) => {
    const id = nextId++;
    const { file } = job;
    let message: WorkerJob;
    if (file.path !== null && existsSync(file.path)) message = { id, name: file.name, path: file.path };
    else {
      // Uploads (and anything not on disk) travel as bytes.
      let bytes: Uint8Array;
      try {
        bytes = file.read();
      } catch {
        void fallback.prepare(file).then(job.resolve);
        return;
      }
      message = { id, name: file.name, path: file.path, bytes };
    }
    entry.pending.set(id, job);
    entry.worker.postMessage(message);
  };
  const pump = () => {
    if (closed) return;
    for (const entry of workers)
      while (entry.ready && !entry.dead && entry.pending.size < PER_WORKER && queue.length > 0)
        send(entry, queue.shift()!);
    // While the workers start (loading the code takes a second or two) or after all have failed,
    // this thread prepares the waiting files itself, one at a time, so the writer is not idle.
    if (queue.length > 0 && !local && !workers.some((w) => w.ready && !w.dead)) {
      local = true;
      const job = queue.shift()!;
      void fallback.prepare(job.file).then((result) => {
        local = false;
        job.resolve(result);
        pump();
      });
    }
  };
  for (let i = 0; i < size; i++) {
    const entry: Entry = { worker: start(), pending: new Map(), ready: false, dead: false };
    entry.worker.unref();
    entry.worker.on('message', (message: { ready: true } | { id: number; result: ReadyFile }) => {
      if ('ready' in message) entry.ready = true;
      else {
        const job = entry.pending.get(message.id);
        entry.pending.delete(message.id);
        job?.resolve(message.result);
      }
      pump();
    });
    // A worker that fails (cannot load, runs out of memory) hands its files back to the queue.
    const retire = () => {
      if (entry.dead) return;
      entry.dead = true;
      queue.unshift(...entry.pending.values());
      entry.pending.clear();
      pump();
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
      return new Promise<ReadyFile>((resolve) => {
        queue.push({ resolve, file });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const entry of workers) entry.dead = true;
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
