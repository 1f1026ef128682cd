import type { Token } from '../../shared/text/tokenize';
import type { Db } from '../db/open';
import { findEntities, type FoundEntity } from '../entities/findEntities';
import { storeEntities } from '../entities/storeEntities';
import { analyseQuotes, type DetectedQuote } from './detectQuotes';

/**
 * What one reading of a document finds: its quotations and the people, organisations and places
 * it names. Plain data, so an import worker can compute it off the writing thread.
 */
export interface QuoteReading {
  quotes: DetectedQuote[];
  entities: FoundEntity[];
}

/**
 * Reads a document's quotations and entities (one tokenising of the text for both; `words`:
 * tokenize(body), when the caller has it already).
 */
export function readQuotes(body: string, words?: Token[]): QuoteReading {
  const analysis = analyseQuotes(body, words);
  return { quotes: analysis.quotes, entities: findEntities(body, analysis) };
}

/** Writes what readQuotes found as open suggestions and entity mentions; statements prepared once. */
export function quoteSuggestionStore(db: Db) {
  // A suggestion the researcher has not reviewed yet takes the newer attribution (projects
  // detected by an earlier Lectern are re-read once); accepted and dismissed ones stay as decided.
  const insert = db.prepare(`INSERT INTO quote_suggestions
    (document_id, start, "end", exact, speaker, evidence, confidence, sieve) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (document_id, start, "end") DO UPDATE SET speaker = excluded.speaker, evidence = excluded.evidence,
      confidence = excluded.confidence, sieve = excluded.sieve
    WHERE quote_suggestions.status = 'open'`);
  const markDetected = db.prepare<[number]>('UPDATE documents SET quotes_detected = 1 WHERE id = ?');
  return {
    /**
     * Stores one document's reading and marks it detected; call inside the transaction that
     * writes the document, so a document never exists without its suggestions. `fresh`: the
     * document was inserted in this transaction already marked (documentStore.insert with
     * `detected`), so it has nothing to replace or mark.
     */
    store(documentId: number, body: string, reading: QuoteReading, fresh = false): void {
      for (const quote of reading.quotes)
        insert.run(
          documentId,
          quote.start,
          quote.end,
          quote.text,
          quote.speaker,
          quote.speaker_evidence,
          quote.confidence,
          quote.sieve,
        );
      if (!fresh) markDetected.run(documentId);
      storeEntities(db, documentId, body, reading.entities, fresh);
    },
  };
}

/** Reads and stores the quotations and entities of one document (see quoteSuggestionStore.store). */
export function storeQuoteSuggestions(db: Db, documentId: number, body: string): void {
  quoteSuggestionStore(db).store(documentId, body, readQuotes(body));
}

/**
 * Detects quotations in documents that have none recorded yet (projects from before detection
 * ran at import, or re-read by a newer attribution). With an id, only that document: the
 * partial index on pending documents keeps this cheap on every open.
 */
export function ensureQuotesDetected(db: Db, documentId?: number, limit = -1): void {
  const pending =
    documentId === undefined
      ? db
          .prepare<[number], { id: number; body: string }>(
            'SELECT id, body FROM documents WHERE quotes_detected = 0 LIMIT ?',
          )
          .all(limit)
      : db
          .prepare<[number], { id: number; body: string }>(
            'SELECT id, body FROM documents WHERE id = ? AND quotes_detected = 0',
          )
          .all(documentId);
  if (pending.length === 0) return;
  const store = quoteSuggestionStore(db);
  db.transaction(() => {
    for (const { id, body } of pending) store.store(id, body, readQuotes(body));
  }).immediate();
}
