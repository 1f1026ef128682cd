import type { Db } from '../db/open';
import { detectQuotes } from './detectQuotes';

/**
 * Runs quotation detection on documents that have not had it yet and stores the suggestions.
 * Called lazily before quotes are listed, so imports stay fast and projects made before
 * detection existed catch up on first use.
 */
export function ensureQuotesDetected(db: Db, documentId?: number): void {
  const pending = db
    .prepare<[number | null, number | null], { id: number; body: string }>(
      'SELECT id, body FROM documents WHERE quotes_detected = 0 AND (? IS NULL OR id = ?)',
    )
    .all(documentId ?? null, documentId ?? null);
  if (pending.length === 0) return;
  const insert = db.prepare(`INSERT OR IGNORE INTO quote_suggestions (document_id, start, "end", exact, speaker, evidence, confidence)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const done = db.prepare<[number]>('UPDATE documents SET quotes_detected = 1 WHERE id = ?');
  db.transaction(() => {
    for (const { id, body } of pending) {
      for (const quote of detectQuotes(body)) {
        insert.run(id, quote.start, quote.end, quote.text, quote.speaker, quote.speaker_evidence, quote.confidence);
      }
      done.run(id);
    }
  })();
}
