import type { Db } from '../db/open';
import type { AnalyzedDocument } from '../import/analyzeDocument';
import { foldText } from '../../shared/text/foldText';

export interface NewDocument extends AnalyzedDocument {
  raw: string;
  format: string;
  content_hash: string;
  origin_path: string | null;
  imported_at: string;
}

/** Writes documents and their index rows; statements are prepared once per database. */
export function documentStore(db: Db) {
  const insertDocument = db.prepare(`
    INSERT INTO documents (title, title_origin, source, author, published_at, place, language, body, raw,
      boilerplate, paragraphs, word_count, format, content_hash, origin_path, imported_at)
    VALUES (@title, @title_origin, @source, @author, @published_at, @place, @language, @body, @raw,
      @boilerplate, @paragraphs, @word_count, @format, @content_hash, @origin_path, @imported_at)`);
  const insertIndex = db.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)');
  const findByHash = db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE content_hash = ?');

  return {
    /** The id of a document with the same content, if one was imported before. */
    existingId(contentHash: string): number | undefined {
      return findByHash.get(contentHash)?.id;
    },
    /**
     * Inserts one document and its folded index entry; call inside a transaction. `folded` is
     * the title and body already folded (an import worker does it off the writing thread).
     */
    insert(doc: NewDocument, folded?: { title: string; body: string }): number {
      const { lastInsertRowid } = insertDocument.run({
        ...doc,
        boilerplate: JSON.stringify(doc.boilerplate),
        paragraphs: JSON.stringify(doc.paragraphs),
      });
      const id = Number(lastInsertRowid);
      insertIndex.run(id, folded?.title ?? foldText(doc.title), folded?.body ?? foldText(doc.body));
      return id;
    },
  };
}
