import type { Db } from '../db/open';
import { ensureEntitiesDetected } from '../entities/storeEntities';
import { readingQuotations } from '../import/readPendingQuotations';
import { ensureQuotesDetected } from './storeQuoteSuggestions';

/** Up to this many pending documents are read at once, before a list answers. */
const AT_ONCE = 200;
/** A background step reads this many (tens of milliseconds), then lets other requests run. */
const STEP = 25;

const running = new WeakSet<Db>();

/**
 * Quotations and entities of documents that lack them (a project from before the entity index,
 * a bulk build): a few are read at once, so small projects answer complete; a large backlog is
 * read in short background steps, so no list request waits for the whole corpus, and
 * `done` is called when all are read (the views then refresh).
 */
export function catchUpDetection(db: Db, done: () => void): void {
  // A large import's second phase reads them already (on the workers), and announces the end.
  if (running.has(db) || readingQuotations(db)) return;
  const backlog = pending(db);
  if (backlog === 0) return;
  if (backlog <= AT_ONCE) {
    detect(db, AT_ONCE);
    return;
  }
  running.add(db);
  const step = () => {
    try {
      if (!db.open || readingQuotations(db)) return void running.delete(db);
      detect(db, STEP);
      if (pending(db) > 0) return void setTimeout(step, 0);
    } catch (error) {
      console.error(`Lectern: reading quotations of older documents failed: ${(error as Error).message}`);
    }
    running.delete(db);
    if (db.open) done();
  };
  setTimeout(step, 0);
}

function detect(db: Db, limit: number): void {
  ensureQuotesDetected(db, undefined, limit);
  ensureEntitiesDetected(db, limit);
}

/** Documents still to read, counted through the partial indexes on the two flags (at most a few). */
function pending(db: Db): number {
  return (
    db
      .prepare<[], { n: number }>(
        `SELECT (SELECT count(*) FROM (SELECT 1 FROM documents WHERE quotes_detected = 0 LIMIT ${AT_ONCE + 1}))
              + (SELECT count(*) FROM (SELECT 1 FROM documents WHERE entities_detected = 0 LIMIT ${AT_ONCE + 1})) AS n`,
      )
      .get()?.n ?? 0
  );
}
