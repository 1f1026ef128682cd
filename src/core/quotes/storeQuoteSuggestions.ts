import type { Db } from '../db/open';
import { findEntities } from '../entities/findEntities';
import { storeEntities } from '../entities/storeEntities';
import { analyseQuotes } from './detectQuotes';

/**
 * Detects the quotations of one document and stores them as open suggestions, and indexes the
 * people, organisations and places it names (one reading of the text for both); call inside the
 * transaction that writes the document, so a document never exists without its suggestions.
 */
export function storeQuoteSuggestions(db: Db, documentId: number, body: string): void {
  const insert =
    // A suggestion the researcher has not reviewed yet takes the newer attribution (projects
    // detected by an earlier Lectern are re-read once); accepted and dismissed ones stay as decided.
    db.prepare(`INSERT INTO quote_suggestions (document_id, start, "end", exact, speaker, evidence, confidence, sieve)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (document_id, start, "end") DO UPDATE SET speaker = excluded.speaker, evidence = excluded.evidence,
      confidence = excluded.confidence, sieve = excluded.sieve
    WHERE quote_suggestions.status = 'open'`);
  const analysis = analyseQuotes(body);
  for (const quote of analysis.quotes) {
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
  }
  db.prepare<[number]>('UPDATE documents SET quotes_detected = 1 WHERE id = ?').run(documentId);
  storeEntities(db, documentId, body, findEntities(body, analysis));
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
  })();
}
