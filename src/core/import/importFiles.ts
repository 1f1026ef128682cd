import { setFlagsFromString } from 'node:v8';
import type { ImportOutcome, ImportReport } from '../../shared/model';
import { LecternError } from '../../shared/errors';
import { afterImport } from '../documents/afterImport';
import { documentStore } from '../documents/documentStore';
import { PendingStoryBands } from '../documents/pendingStoryBands';
import type { Context } from '../workbench';
import { quoteSuggestionStore } from '../quotes/storeQuoteSuggestions';
import { collectFiles, type SourceFile } from './collectFiles';
import { filePreparer } from './filePreparer';
import type { ReadyFile } from './prepareForImport';
import { readPendingQuotations } from './readPendingQuotations';

/**
 * A write transaction aims to last about this long, so the thread that also serves the interface
 * is never held long (event-loop delay): the number of documents per batch follows the measured
 * cost of the previous batches. Each commit has a fixed cost (the full-text index flushes a new
 * segment, stories and boilerplate are looked up per batch), so batches of ~100 documents cost
 * a third less CPU per document than batches of 25 (bench/import.bench.ts).
 */
const BATCH_MS = 50;
/** Bounds of the documents per batch, and the characters (memory) a batch may hold. */
const BATCH_MIN = 50;
const BATCH_MAX = 100;
const FIRST_BATCH = 50;
const BATCH_CHARS = 4_000_000;
/**
 * Files being prepared ahead of the writer, at most this many (enough to keep every worker's
 * hands full, see filePreparer's PER_WORKER) and (beyond the next one) this many bytes: bounds
 * memory whatever the size of the import and of its files — 64 saved pages of 50 MB each would
 * otherwise sit in memory at once, their text and raw HTML both.
 */
const WINDOW = 256;
const WINDOW_BYTES = 32 * 1024 * 1024;
const PROGRESS_EVERY_MS = 150;
/**
 * During an import the write-ahead log may grow to this many pages (64 MB) before it is copied
 * into the project file, instead of SQLite's 1,000: each copy rewrites (and syncs) every page
 * touched since the last, and an import touches the same index pages batch after batch — 10,000
 * articles made 524 syncs and 0.9 s more system CPU (of ~20 s) with the default.
 */
const IMPORT_WAL_PAGES = 16_000;
/**
 * During an import the JavaScript heap may grow to 1.2× what is live after a full collection,
 * instead of V8's own factor (up to 4×): every document crosses the writing thread as objects
 * that wait their turn long enough to be promoted, and V8 let that garbage reach 300 MB (73 MB
 * live). Importing 100,000 articles with the CLI: peak 652 → 467 MB (target < 500), 2 % more
 * CPU, 723 → 703 documents/s (quiet machine).
 */
const IMPORT_HEAP_GROWING_PERCENT = 20;
/** Story buckets are held back for this many documents, then stored (see PendingStoryBands). */
const HOLD_BANDS = 4_000;
/**
 * From this many files on, an import runs in two phases: the documents are written searchable
 * without their quotations and entities (38 % of an import's CPU: 10,000 articles went from 759
 * to 1,158 documents/s without them), which are then read on the worker threads in the
 * background (readPendingQuotations). The same threshold as filePreparer's WORKER_MIN_FILES:
 * below it, reading quotations in line costs a fraction of a second (~1.5 ms an article) and the
 * import is complete when it returns — what a researcher importing a few files (and the tests)
 * expects; above it the import takes long enough that being searchable early matters.
 */
export const TWO_PHASE_MIN_FILES = 200;

export interface ImportOptions {
  /** Aborting stops the import after the batch being written; what landed is reported. */
  signal?: AbortSignal;
  /**
   * When the quotations and entities are read: 'auto' (default) in line for small imports, in a
   * second phase after the report for large ones (TWO_PHASE_MIN_FILES); 'now': always in line.
   */
  quotations?: 'auto' | 'now';
}

interface Entry {
  label: string;
  ready: ReadyFile;
}

/**
 * Imports files as a stream: files are prepared (read, analysed, quotations found) on worker
 * threads a bounded window ahead, and written in batches, each its own short transaction, so a
 * long import never holds the write lock for long and the workbench can code meanwhile. A file
 * is all-or-nothing: its documents land in one batch or not at all (a crash or a cancel between
 * batches leaves whole files only). Files that cannot be read, are empty or binary, or were
 * imported before get a per-file outcome with the reason; the others still import.
 */
export async function importFiles(
  context: Context,
  files: SourceFile[],
  earlier: ImportOutcome[] = [],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const store = documentStore(context.db);
  const quotes = quoteSuggestionStore(context.db);
  const heldBands = new PendingStoryBands();
  const importedAt = new Date().toISOString();
  const outcomes: ImportOutcome[] = [...earlier];
  const seen = new Map<string, string>();
  // Large imports: searchable first, quotations and entities afterwards (TWO_PHASE_MIN_FILES).
  const later = options.quotations !== 'now' && files.length >= TWO_PHASE_MIN_FILES;
  const preparer = filePreparer(files.length, importedAt, !later);
  const inFlight: Array<Promise<ReadyFile>> = [];
  let launched = 0;
  let aheadBytes = 0;
  let batch: Entry[] = [];
  let batchDocs = 0;
  let batchChars = 0;
  let batchLimit = FIRST_BATCH;
  let imported = 0;
  let lastProgress = 0;
  let cancelled = false;

  const write = () => {
    if (batch.length === 0) return;
    const before = outcomes.length;
    const began = performance.now();
    const written = batchDocs;
    const ids: number[] = [];
    const signatures = new Map<number, Uint32Array>();
    try {
      // IMMEDIATE: take the write lock first (waiting up to busy_timeout) rather than fail midway.
      context.db
        .transaction(() => {
          for (const entry of batch) writeFile(entry, ids, signatures);
        })
        .immediate();
    } catch (error) {
      outcomes.length = before;
      throw new LecternError(
        'import-failed',
        (imported === 0
          ? 'The import was rolled back and nothing was added'
          : `The import stopped: ${imported} documents written before were kept, the rest was rolled back`) +
          `: writing to the project failed (${(error as Error).message}). ` +
          'Check free disk space and that the project file is writable, then import again (files already in are skipped as duplicates).',
        (error as Error).stack,
      );
    }
    imported += ids.length;
    batch = [];
    batchDocs = 0;
    batchChars = 0;
    if (ids.length === 0) return;
    for (const [id, signature] of signatures) heldBands.add(id, signature);
    // Stories (near-duplicates) and per-source boilerplate, learnt from what just arrived.
    const alsoChanged = afterImport(context.db, ids, signatures, heldBands);
    context.emit('on-documents-changed', { ids: [...new Set([...ids, ...alsoChanged])] });
    // The next batch sized to last about BATCH_MS at this batch's pace (per document written).
    const perDoc = Math.max(0.01, (performance.now() - began) / Math.max(1, written));
    batchLimit = Math.round(Math.min(BATCH_MAX, Math.max(BATCH_MIN, BATCH_MS / perDoc)));
  };

  const writeFile = ({ label, ready }: Entry, ids: number[], signatures: Map<number, Uint32Array>) => {
    if ('problem' in ready) {
      outcomes.push({ status: 'failed', file: label, message: ready.problem });
      return;
    }
    const many = ready.documents.length > 1;
    // Decoding or reading warnings (a damaged byte, a guessed encoding) stay with the file's outcome.
    const warning = ready.warnings?.join('; ');
    ready.documents.forEach(({ doc, quotes: found, index, minhash }, part) => {
      // An export of many articles reports each one under the file's name and its place in it.
      const docLabel = many ? `${label} (${part + 1} of ${ready.documents.length})` : label;
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
      const id = store.insert(doc, index, { minhash, detected: found !== null, heldBack: true });
      // Detected now rather than on first use: import shows progress, a first click should not
      // wait. In a two-phase import the flags stay 0: the second phase (or a catch-up) reads them.
      if (found) quotes.store(id, doc.body, found, true);
      ids.push(id);
      signatures.set(id, minhash);
      outcomes.push({
        status: 'imported',
        file: docLabel,
        id,
        title: doc.title,
        ...(warning ? { warning } : {}),
      });
    });
  };

  const progress = (done: number, file: string) => {
    const now = performance.now();
    if (done < files.length && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    const seconds = (now - started) / 1000;
    const rate = seconds > 0.2 ? done / seconds : null;
    context.emit('on-import-progress', {
      phase: 'reading',
      done,
      total: files.length,
      file,
      imported: imported + batchDocs,
      rate: rate === null ? null : Math.round(rate * 10) / 10,
      eta_s: rate ? Math.round((files.length - done) / rate) : null,
    });
  };

  const walPages = context.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  context.db.pragma(`wal_autocheckpoint = ${Math.max(walPages, IMPORT_WAL_PAGES)}`);
  // Read by V8 at each full collection, in this thread and the workers alike; 0 is V8's default.
  setFlagsFromString(`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`);
  try {
    for (let index = 0; index < files.length; index++) {
      while (
        launched < files.length &&
        launched < index + WINDOW &&
        (launched === index || aheadBytes + (files[launched]!.size ?? 0) <= WINDOW_BYTES)
      ) {
        aheadBytes += files[launched]!.size ?? 0;
        inFlight.push(preparer.prepare(files[launched++]!));
      }
      const file = files[index]!;
      aheadBytes -= file.size ?? 0;
      const ready = await inFlight.shift()!;
      batch.push({ label: file.path ?? file.name, ready });
      if ('documents' in ready) {
        batchDocs += ready.documents.length;
        for (const { doc } of ready.documents) batchChars += doc.body.length + doc.raw.length;
      }
      progress(index + 1, file.name);
      if (batchDocs >= batchLimit || batchChars >= BATCH_CHARS) {
        write();
        if (heldBands.size >= HOLD_BANDS) await heldBands.store(context.db);
        // Between batches other commands run (coding, a cancel); the lock is free.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (options.signal?.aborted) {
        cancelled = true;
        break;
      }
    }
    write();
  } finally {
    // Also after a failed batch: what landed keeps its buckets (else the next opening stores them).
    await heldBands.store(context.db).catch(() => undefined);
    context.db.pragma(`wal_autocheckpoint = ${walPages}`);
    setFlagsFromString('--heap-growing-percent=0');
    await preparer.close();
  }

  const report: ImportReport = {
    imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
    duplicates: outcomes.filter((outcome) => outcome.status === 'duplicate').length,
    failed: outcomes.filter((outcome) => outcome.status === 'failed').length,
    outcomes,
    elapsed_ms: Math.round(performance.now() - started),
  };
  if (later && !cancelled && report.imported > 0) {
    // The second phase runs after this report, one per project (it reads any other backlog too);
    // a cancel stops it, and what it did not read is caught up later (flags stay 0).
    report.quotations_pending = report.imported;
    readPendingQuotations(context, options.signal).catch((error: unknown) => {
      console.error(`Lectern: reading quotations of imported documents failed: ${(error as Error).message}`);
    });
  }
  return cancelled ? { cancelled: true, ...report } : report;
}

/** Imports files and folders from disk (folders recursively). */
export async function importPaths(
  context: Context,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { files, problems } = collectFiles(paths);
  return importFiles(context, files, problems, options);
}
