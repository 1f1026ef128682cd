import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from './collectFiles';
import { readQuotes, type QuoteReading } from '../quotes/storeQuoteSuggestions';
import type { WorkerJob } from './importWorker';
import { prepareForImport, type ReadyFile } from './prepareForImport';

/**
 * Below this many files, starting threads costs more than it saves: a worker loads all of the
 * import's code (0.3 s bundled, 1–1.5 s of CPU under tsx) and warms up its own caches and JIT,
 * while this thread prepares a page in 2–4 ms (measured with bench:import: 100 saved pages were
 * slower on two new workers than here). Once started, the workers stay for the next imports
 * (see POOL_IDLE_MS), so a later import of any size uses them at no start-up cost.
 */
const WORKER_MIN_FILES = 200;
/**
 * Files handed to one worker at a time, and their bytes: enough that a worker never runs dry
 * while this thread writes a batch (50–100 ms without a chance to hand out more files); with 4,
 * the workers sat idle a third of the time (CPU profile of a 4,000-file import: idle 36 % → 16 %,
 * the import 20 % faster). The byte bound keeps large files (PDFs, exports) few, so a cancelled
 * import's leftovers do not hold up the next one for long.
 */
const PER_WORKER = 32;
const PER_WORKER_BYTES = 4 * 1024 * 1024;
/**
 * Workers idle this long are stopped (their memory returned); the next large import starts them
 * again. Long enough that a researcher importing folder after folder pays the start-up once.
 */
const POOL_IDLE_MS = 120_000;

export interface FilePreparer {
  /** Read, analyse and detect quotations for one file (its documents, or what is wrong). */
  prepare(file: SourceFile): Promise<ReadyFile>;
  /** How many worker threads prepare files now (0: this thread does); a failed worker leaves. */
  readonly threads: number;
  /** Ends this import's use of the workers: files still waiting are dropped. */
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
function inThread(importedAt: string, quotes = true): FilePreparer {
  return {
    threads: 0,
    async prepare(file) {
      // Let other commands (coding, a cancel) through between files.
      await new Promise((resolve) => setImmediate(resolve));
      return prepareForImport(file, importedAt, quotes);
    },
    async close() {},
  };
}

/** In-thread reading of quotations and entities (no worker script). Yields first. */
async function readHere(documents: Array<{ id: number; body: string }>): Promise<QuoteReading[]> {
  await new Promise((resolve) => setImmediate(resolve));
  return documents.map(({ body }) => readQuotes(body));
}

/** One piece of work for a worker: a file to prepare, or documents whose quotations to read. */
type Job = {
  owner: object;
  /** Bytes it holds while in a worker (bounds memory in flight, see PER_WORKER_BYTES). */
  size: number;
  /** The message for a worker; null when it must be done on this thread (bytes unreadable). */
  message(id: number): WorkerJob | null;
  /** Does the job on this thread (while the workers start, or when there is no message). */
  here(): Promise<unknown>;
  resolve(result: unknown): void;
};
type Entry = { worker: Worker; pending: Map<number, Job>; bytes: number; ready: boolean; dead: boolean };

/**
 * The worker threads of this process (one per core, at most 4), shared by the imports that run
 * in it and kept warm between them; stopped after POOL_IDLE_MS without work.
 */
class WorkerPool {
  readonly workers: Entry[] = [];
  // Files wait here until a worker has room: each holds a few, so none idles while results travel.
  private readonly queue: Job[] = [];
  private nextId = 0;
  private local = false;
  private idle: NodeJS.Timeout | null = null;

  constructor(
    readonly script: string,
    private readonly onStop: () => void,
  ) {
    const size = Math.max(1, Math.min(4, availableParallelism()));
    for (let i = 0; i < size; i++) this.add();
  }

  get alive(): number {
    return this.workers.filter((w) => !w.dead).length;
  }

  submit(job: Job): void {
    this.queue.push(job);
    this.pump();
  }

  /** Drops the waiting files of one import (its in-flight ones finish and are ignored). */
  drop(owner: object): void {
    for (let i = this.queue.length - 1; i >= 0; i--)
      if (this.queue[i]!.owner === owner) this.queue.splice(i, 1);
    this.pump();
  }

  async stop(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    for (const entry of this.workers) entry.dead = true;
    this.onStop();
    await Promise.all(this.workers.map((entry) => entry.worker.terminate()));
  }

  private start(): Worker {
    const { script } = this;
    // Node's ESM loader hooks (tsx's `--import`) do not reach a worker's entry on Node 20, so a
    // TypeScript worker registers tsx's require hook itself; without this every import under tsx
    // (tests, CLI from source, benches) silently fell back to preparing on this thread.
    return script.endsWith('.ts')
      ? new Worker(
          `const { createRequire } = require('node:module');
           const from = createRequire(${JSON.stringify(script)});
           from('tsx/cjs/api').register();
           from(${JSON.stringify(script)});`,
          { eval: true },
        )
      : new Worker(script);
  }

  private add(): void {
    const entry: Entry = { worker: this.start(), pending: new Map(), bytes: 0, ready: false, dead: false };
    entry.worker.on('message', (message: { ready: true } | { id: number; result: unknown }) => {
      if ('ready' in message) entry.ready = true;
      else {
        const job = entry.pending.get(message.id);
        entry.pending.delete(message.id);
        entry.bytes -= job?.size ?? 0;
        job?.resolve(message.result);
      }
      this.pump();
    });
    // A worker that fails (cannot load, runs out of memory) hands its files back to the queue.
    const retire = () => {
      if (entry.dead) return;
      entry.dead = true;
      this.queue.unshift(...entry.pending.values());
      entry.pending.clear();
      entry.bytes = 0;
      this.pump();
    };
    entry.worker.on('error', retire);
    entry.worker.on('exit', retire);
    // After the listeners (adding one takes a reference again); pump() refs it while it has work.
    entry.worker.unref();
    this.workers.push(entry);
  }

  private send(entry: Entry, job: Job): void {
    const id = this.nextId++;
    const message = job.message(id);
    if (!message) {
      void job.here().then(job.resolve);
      return;
    }
    entry.pending.set(id, job);
    entry.bytes += job.size;
    entry.worker.postMessage(message);
  }

  private pump(): void {
    for (const entry of this.workers)
      while (
        entry.ready &&
        !entry.dead &&
        this.queue.length > 0 &&
        (entry.pending.size === 0 || (entry.pending.size < PER_WORKER && entry.bytes < PER_WORKER_BYTES))
      )
        this.send(entry, this.queue.shift()!);
    // While the workers start (loading the code takes a second or two) or after all have failed,
    // this thread prepares the waiting files itself, one at a time, so the writer is not idle.
    if (this.queue.length > 0 && !this.local && !this.workers.some((w) => w.ready && !w.dead)) {
      this.local = true;
      const job = this.queue.shift()!;
      void job.here().then((result) => {
        this.local = false;
        job.resolve(result);
        this.pump();
      });
    }
    // A worker with files in hand keeps the process alive until they are back (a CLI import
    // awaits nothing else); an idle warm worker never does.
    for (const entry of this.workers)
      if (!entry.dead) {
        if (entry.pending.size > 0) entry.worker.ref();
        else entry.worker.unref();
      }
    const busy = this.queue.length > 0 || this.local || this.workers.some((w) => w.pending.size > 0);
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (!busy) {
      this.idle = setTimeout(() => void this.stop(), POOL_IDLE_MS);
      this.idle.unref();
    }
  }
}

let pool: WorkerPool | null = null;

/**
 * Prepares the files of one import: on the process's worker threads when the import is large
 * enough (or the workers are running already) and a worker script is available, else on this
 * thread.
 */
export function filePreparer(fileCount: number, importedAt: string, quotes = true): FilePreparer {
  const shared = workerPool(fileCount);
  if (!shared) return inThread(importedAt, quotes);
  const owner = {};
  return {
    get threads() {
      return shared.alive;
    },
    prepare(file) {
      return new Promise<ReadyFile>((resolve) =>
        shared.submit({
          owner,
          size: file.size ?? 0,
          message(id) {
            if (file.path !== null && existsSync(file.path))
              return { id, name: file.name, path: file.path, importedAt, quotes };
            // Uploads (and anything not on disk) travel as bytes.
            try {
              return { id, name: file.name, path: file.path, bytes: file.read(), importedAt, quotes };
            } catch {
              return null;
            }
          },
          here: () => inThread(importedAt, quotes).prepare(file),
          resolve: (result) => resolve(result as ReadyFile),
        }),
      );
    },
    async close() {
      shared.drop(owner);
    },
  };
}

/** Reads quotations and entities of stored documents on the import workers (or this thread). */
export interface QuoteReader {
  /** One reading per document, in order. */
  read(documents: Array<{ id: number; body: string }>): Promise<QuoteReading[]>;
  /** Ends this reader's use of the workers: batches still waiting are dropped (never resolve). */
  close(): void;
}

/**
 * A reader of quotations for this many documents: on the process's worker threads (started when
 * they are as many as an import that would start them), else on this thread.
 */
export function quoteReader(documents: number): QuoteReader {
  const shared = workerPool(documents);
  if (!shared) {
    // One batch per turn of the event loop: batches handed over together would otherwise all be
    // read in one turn, holding up every other request meanwhile.
    let tail: Promise<unknown> = Promise.resolve();
    return {
      read(batch) {
        const result = tail.then(() => readHere(batch));
        tail = result.catch(() => undefined);
        return result;
      },
      close() {},
    };
  }
  const owner = {};
  return {
    read(documents) {
      return new Promise<QuoteReading[]>((resolve, reject) =>
        shared.submit({
          owner,
          size: documents.reduce((sum, { body }) => sum + body.length, 0),
          message: (id) => ({ kind: 'quotes', id, documents }),
          here: () => readHere(documents),
          resolve(result) {
            if (Array.isArray(result)) resolve(result as QuoteReading[]);
            else reject(new Error((result as { problem: string }).problem));
          },
        }),
      );
    },
    close() {
      shared.drop(owner);
    },
  };
}

/** The shared pool when there is a worker script and the work is large enough (or it runs). */
function workerPool(jobs: number): WorkerPool | null {
  const script = importWorkerScript();
  if (pool && (pool.script !== script || pool.alive === 0)) {
    void pool.stop();
    pool = null;
  }
  if (!script || (!pool && jobs < WORKER_MIN_FILES)) return null;
  const shared = (pool ??= new WorkerPool(script, () => {
    if (pool === shared) pool = null;
  }));
  return shared;
}

/** Stops the import workers now (tests, shutdown); the next large import starts them again. */
export async function stopImportWorkers(): Promise<void> {
  await pool?.stop();
  pool = null;
}
