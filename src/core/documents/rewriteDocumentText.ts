import type { Paragraph, BoilerplateBlock } from '../../shared/model';
import { searchIndex } from '../search/searchIndex';
import { countWords } from '../../shared/text/tokenize';
import { createReanchorer } from '../annotate/reanchor';
import type { Db } from '../db/open';
import { storeQuoteSuggestions } from '../quotes/storeQuoteSuggestions';

/**
 * Replaces a stored document's reading text (a paragraph moved into or out of the set-aside
 * blocks) and keeps everything that points into it: the index entry, each passage re-anchored
 * (kept, moved or orphaned with its text — never dropped), open quotation suggestions found again.
 * Call inside a transaction.
 */
export function rewriteDocumentText(
  db: Db,
  id: number,
  oldBody: string,
  next: { body: string; paragraphs: Paragraph[]; boilerplate: BoilerplateBlock[] },
): void {
  const now = new Date().toISOString();
  db.prepare(
    'UPDATE documents SET body = ?, paragraphs = ?, boilerplate = ?, word_count = ? WHERE id = ?',
  ).run(
    next.body,
    JSON.stringify(next.paragraphs),
    JSON.stringify(next.boilerplate),
    countWords(next.body),
    id,
  );
  const trashed = db
    .prepare<[number], { deleted_at: string | null; title: string; language: string | null }>(
      'SELECT deleted_at, title, language FROM documents WHERE id = ?',
    )
    .get(id);
  const index = searchIndex(db);
  index.remove(id);
  if (trashed && !trashed.deleted_at) index.add(id, trashed.title, next.body, trashed.language);
  if (oldBody === next.body) return;
  const reanchor = createReanchorer(oldBody, next.body);
  const passages = db
    .prepare<
      [number],
      { id: number; start: number; end: number; exact: string; prefix: string; suffix: string }
    >('SELECT id, start, "end" AS "end", exact, prefix, suffix FROM passages WHERE document_id = ?')
    .all(id);
  const move = db.prepare(
    `UPDATE passages SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, status = 'anchored', updated_at = ? WHERE id = ?`,
  );
  const orphan = db.prepare("UPDATE passages SET status = 'orphaned', updated_at = ? WHERE id = ?");
  for (const passage of passages) {
    const result = reanchor(passage);
    if (result.status === 'orphaned') orphan.run(now, passage.id);
    else {
      const { start, end, exact, prefix, suffix } = result.anchor;
      move.run(start, end, exact, prefix, suffix, now, passage.id);
    }
  }
  db.prepare("DELETE FROM quote_suggestions WHERE document_id = ? AND status = 'open'").run(id);
  storeQuoteSuggestions(db, id, next.body);
}
