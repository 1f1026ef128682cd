import type { Db } from '../db/open';
import { detectQuotes } from './detectQuotes';

/**
 * Detects the quotations of one document and stores them as open suggestions; call inside the
 * transaction that writes the document, so a document never exists without its suggestions.
 */
export function storeQuoteSuggestions(db: Db, documentId: number, body: string): void {
  const insert =
    db.prepare(`INSERT OR IGNORE INTO quote_suggestions (document_id, start, "end", exact, speaker, evidence, confidence)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const quote of detectQuotes(body)) {
    insert.run(
      documentId,
      quote.start,
      quote.end,
      quote.text,
      quote.speaker,
      quote.speaker_evidence,
      quote.confidence,
    );
  }
  db.prepare<[number]>('UPDATE documents SET quotes_detected = 1 WHERE id = ?').run(documentId);
}

/**
 * Catches up documents whose quotations were never detected (projects from before detection
 * existed, and documents re-imported with new text) before quotes are listed.
 */
export function ensureQuotesDetected(db: Db, documentId?: number): void {
  const pending = db
    .prepare<[number | null, number | null], { id: number; body: string }>(
      'SELECT id, body FROM documents WHERE quotes_detected = 0 AND (? IS NULL OR id = ?)',
    )
    .all(documentId ?? null, documentId ?? null);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const { id, body } of pending) storeQuoteSuggestions(db, id, body);
  }).immediate();
}
