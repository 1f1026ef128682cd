import type { Db } from '../db/open';
import { detectQuotes, type DetectedQuote } from './detectQuotes';

/** Writes detected quotations as open suggestions; statements are prepared once per store. */
export function quoteSuggestionStore(db: Db) {
  const insert = db.prepare(`INSERT OR IGNORE INTO quote_suggestions
    (document_id, start, "end", exact, speaker, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const markDetected = db.prepare<[number]>('UPDATE documents SET quotes_detected = 1 WHERE id = ?');
  return {
    /**
     * Stores one document's quotations and marks it detected; call inside the transaction that
     * writes the document, so a document never exists without its suggestions.
     */
    store(documentId: number, quotes: DetectedQuote[]): void {
      for (const quote of quotes)
        insert.run(
          documentId,
          quote.start,
          quote.end,
          quote.text,
          quote.speaker,
          quote.speaker_evidence,
          quote.confidence,
        );
      markDetected.run(documentId);
    },
  };
}

/** Detects and stores the quotations of one document (see quoteSuggestionStore.store). */
export function storeQuoteSuggestions(db: Db, documentId: number, body: string): void {
  quoteSuggestionStore(db).store(documentId, detectQuotes(body));
}

/**
 * Catches up documents whose quotations were never detected (projects from before detection
 * existed, and documents re-imported with new text) before quotes are listed. Finding them reads
 * the partial index documents_quotes_pending, not every document.
 */
export function ensureQuotesDetected(db: Db, documentId?: number): void {
  const pending =
    documentId === undefined
      ? db
          .prepare<[], { id: number; body: string }>(
            'SELECT id, body FROM documents WHERE quotes_detected = 0',
          )
          .all()
      : db
          .prepare<[number], { id: number; body: string }>(
            'SELECT id, body FROM documents WHERE id = ? AND quotes_detected = 0',
          )
          .all(documentId);
  if (pending.length === 0) return;
  const store = quoteSuggestionStore(db);
  db.transaction(() => {
    for (const { id, body } of pending) store.store(id, detectQuotes(body));
  })();
}
