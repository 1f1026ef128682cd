import type { Db } from '../db/open';
import { ensureEntitiesDetected } from '../entities/storeEntities';
import { readingQuotations, readPendingQuotations } from '../import/readPendingQuotations';
import type { Context } from '../workbench';
import { ensureQuotesDetected } from './storeQuoteSuggestions';

/** Up to this many pending documents are read at once, before a list answers. */
const AT_ONCE = 200;

/**
 * Quotations and entities of documents that lack them (a large import's second phase that was
 * cancelled or cut short by a quit, a project from before the entity index, a bulk build): a few
 * are read at once, so small projects answer complete; a large backlog is read in the
 * background on the import workers (readPendingQuotations, the same reading as an import's
 * second phase, in short write transactions), so no list request waits for the whole corpus;
 * `on-coding-changed` announces when all are read (the views then refresh).
 */
export function catchUpDetection(context: Context): void {
  const { db } = context;
  // Being read already (an import's second phase): it announces the end itself.
  if (readingQuotations(db)) return;
  const backlog = pending(db);
  if (backlog === 0) return;
  if (backlog <= AT_ONCE) {
    ensureQuotesDetected(db, undefined, AT_ONCE);
    ensureEntitiesDetected(db, AT_ONCE);
    return;
  }
  readPendingQuotations(context).catch((error: unknown) => {
    console.error(`Lectern: reading quotations of older documents failed: ${(error as Error).message}`);
  });
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
