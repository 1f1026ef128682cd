import { setFlagsFromString } from 'node:v8';
import type { QuotationsReport } from '../../shared/model';
import type { Db } from '../db/open';
import { storeEntities } from '../entities/storeEntities';
import { quoteSuggestionStore, type QuoteReading } from '../quotes/storeQuoteSuggestions';
import type { Context } from '../workbench';
import { quoteReader } from './filePreparer';

/** A write transaction aims to last about this long (as importFiles' batches), then others run. */
const BATCH_MS = 50;
const BATCH_MIN = 25;
const BATCH_MAX = 400;
/** Documents per job handed to a worker: enough to amortise a message, few enough to spread. */
const JOB_DOCS = 25;
/**
 * Bodies read from the project and not yet written back, at most this many documents and
 * characters: enough to keep every worker busy while this thread writes, and memory bounded
 * whatever the backlog (100,000 documents are never loaded at once).
 */
const AHEAD_DOCS = 800;
const AHEAD_CHARS = 16_000_000;
const PROGRESS_EVERY_MS = 150;
/**
 * While reading, the write-ahead log may grow to this many pages before it is copied into the
 * project file, as during the import's first phase (importFiles' IMPORT_WAL_PAGES, which says why).
 */
const WAL_PAGES = 16_000;
/**
 * And the heap grows as little as during the first phase (importFiles'
 * IMPORT_HEAP_GROWING_PERCENT): each batch's bodies and readings cross threads and wait their
 * turn, garbage V8 would otherwise let pile up (10,000 articles with the CLI: peak 357 → 328 MB).
 */
const HEAP_GROWING_PERCENT = 20;

interface Pending {
  id: number;
  body: string;
}

interface Run {
  promise: Promise<QuotationsReport>;
  controller: AbortController;
  /** Asked for again while running: documents written since may have been passed over. */
  asked: { again: boolean };
}

const active = new WeakMap<Db, Run>();

/** Whether the quotations of this project's documents are being read now (one run at a time). */
export function readingQuotations(db: Db): boolean {
  return active.has(db);
}

/** Stops the reading under way (what is not read stays pending); false when none runs. */
export function cancelQuotations(db: Db): boolean {
  const run = active.get(db);
  run?.controller.abort();
  return run !== undefined;
}

/**
 * Reads the quotations and entities of every document that lacks them — the second phase of a
 * large import (documents are searchable first), or an older project's backlog — on the import
 * worker threads, and writes them here in short transactions with other commands let through
 * between them. One run per project at a time: a second call joins the running one. The
 * documents' `quotes_detected` / `entities_detected` flags are the queue, so a crash or a cancel
 * leaves the rest flagged for the next run (or catchUpDetection, ensureQuotesDetected).
 * Emits `on-import-progress` with phase 'quotations', and `on-coding-changed` when done.
 */
export function readPendingQuotations(context: Context, signal?: AbortSignal): Promise<QuotationsReport> {
  let run = active.get(context.db);
  if (run) run.asked.again = true;
  else {
    const controller = new AbortController();
    const asked = { again: false };
    const started = performance.now();
    // Begun after this returns: the run is registered (and cancellable) before it emits anything.
    const promise = (async () => {
      await Promise.resolve();
      let read = 0;
      let report: QuotationsReport;
      do {
        asked.again = false;
        report = await readAll(context, controller.signal);
        read += report.read;
      } while (asked.again && report.pending > 0 && !report.cancelled && context.db.open);
      return { ...report, read, elapsed_ms: Math.round(performance.now() - started) };
    })().finally(() => active.delete(context.db));
    active.set(context.db, (run = { controller, asked, promise }));
  }
  const { controller } = run;
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener('abort', () => controller.abort(), { once: true });
  return run.promise;
}

async function readAll(context: Context, signal: AbortSignal): Promise<QuotationsReport> {
  const { db } = context;
  const started = performance.now();
  const store = quoteSuggestionStore(db);
  const flags = db.prepare<[number], { quotes: number; entities: number }>(
    'SELECT quotes_detected AS quotes, entities_detected AS entities FROM documents WHERE id = ?',
  );
  // First the documents lacking quotations (their entities come with them), then any lacking
  // only entities; each walked by id through its partial index.
  const passes = [
    db.prepare<[number, number], Pending>(
      'SELECT id, body FROM documents WHERE quotes_detected = 0 AND id > ? ORDER BY id LIMIT ?',
    ),
    db.prepare<[number, number], Pending>(
      'SELECT id, body FROM documents WHERE entities_detected = 0 AND quotes_detected = 1 AND id > ? ORDER BY id LIMIT ?',
    ),
  ];
  // What the two passes have to read: asked before (the total shown) and after (what is left).
  const countPending = db.prepare<[], { n: number }>(
    `SELECT (SELECT count(*) FROM documents WHERE quotes_detected = 0)
          + (SELECT count(*) FROM documents WHERE entities_detected = 0 AND quotes_detected = 1) AS n`,
  );
  const total = countPending.get()?.n ?? 0;
  if (total === 0) return { read: 0, pending: 0, elapsed_ms: Math.round(performance.now() - started) };
  // A few documents are read here: starting worker threads would cost more.
  const reader = quoteReader(total);
  const inFlight: Array<Promise<{ rows: Pending[]; readings: QuoteReading[] }>> = [];
  let aheadDocs = 0;
  let aheadChars = 0;
  let pass = 0;
  let after = 0;
  let read = 0;
  let batch: Array<{ row: Pending; reading: QuoteReading }> = [];
  let batchLimit = BATCH_MIN;
  let lastProgress = 0;
  let stopped = false;

  const fill = () => {
    while (pass < passes.length && aheadDocs < AHEAD_DOCS && aheadChars < AHEAD_CHARS) {
      const rows = passes[pass]!.all(after, JOB_DOCS);
      if (rows.length === 0) {
        pass++;
        after = 0;
        continue;
      }
      after = rows[rows.length - 1]!.id;
      const chars = rows.reduce((sum, { body }) => sum + body.length, 0);
      aheadDocs += rows.length;
      aheadChars += chars;
      inFlight.push(reader.read(rows).then((readings) => ({ rows, readings })));
    }
  };

  const write = () => {
    if (batch.length === 0) return;
    const began = performance.now();
    db.transaction(() => {
      for (const { row, reading } of batch) {
        // Read again now: the document may have been deleted, or read meanwhile (opened, edited).
        const now = flags.get(row.id);
        if (!now) continue;
        if (now.quotes === 0) store.store(row.id, row.body, reading);
        else if (now.entities === 0) storeEntities(db, row.id, row.body, reading.entities);
      }
    }).immediate();
    read += batch.length;
    const perDoc = Math.max(0.01, (performance.now() - began) / batch.length);
    batchLimit = Math.round(Math.min(BATCH_MAX, Math.max(BATCH_MIN, BATCH_MS / perDoc)));
    batch = [];
  };

  const progress = (force: boolean, finished = false) => {
    const now = performance.now();
    if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    const seconds = (now - started) / 1000;
    const rate = seconds > 0.2 && read > 0 ? read / seconds : null;
    context.emit('on-import-progress', {
      phase: 'quotations',
      done: Math.min(read, total),
      total,
      file: '',
      rate: rate === null ? null : Math.round(rate * 10) / 10,
      eta_s: rate ? Math.round(Math.max(0, total - read) / rate) : null,
      ...(finished ? { finished } : {}),
    });
  };

  const walPages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${Math.max(walPages, WAL_PAGES)}`);
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  try {
    progress(true);
    fill();
    while (inFlight.length > 0) {
      const { rows, readings } = await inFlight.shift()!;
      aheadDocs -= rows.length;
      for (const row of rows) aheadChars -= row.body.length;
      if (signal.aborted || !db.open) {
        stopped = true;
        break;
      }
      rows.forEach((row, i) => batch.push({ row, reading: readings[i]! }));
      if (batch.length >= batchLimit || inFlight.length === 0) {
        write();
        progress(false);
        // Between batches other commands run (coding, a search, a cancel); the lock is free.
        await new Promise((resolve) => setImmediate(resolve));
        if (signal.aborted || !db.open) {
          stopped = true;
          break;
        }
      }
      fill();
    }
    // What was read is written, also on a cancel (it is done work).
    if (db.open) write();
  } finally {
    if (db.open) db.pragma(`wal_autocheckpoint = ${walPages}`);
    setFlagsFromString('--heap-growing-percent=0');
    reader.close();
    // The batches still in a worker finish there and are dropped; their documents stay pending.
    for (const promise of inFlight) promise.catch(() => undefined);
  }
  if (db.open) {
    progress(true, true);
    context.emit('on-coding-changed', { document_ids: [] });
  }
  const pending = db.open ? (countPending.get()?.n ?? 0) : total - read;
  return {
    read,
    pending,
    elapsed_ms: Math.round(performance.now() - started),
    ...(stopped && signal.aborted ? { cancelled: true } : {}),
  };
}
