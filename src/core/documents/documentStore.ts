import type { DocumentDetail } from '../../shared/model';
import type { Db } from '../db/open';
import type { AnalyzedDocument } from '../import/analyzeDocument';
import { searchIndex, type IndexEntry } from '../search/searchIndex';
import { minhashSignature } from './minhashSignature';

export interface NewDocument extends AnalyzedDocument {
  raw: string;
  format: string;
  content_hash: string;
  origin_path: string | null;
  imported_at: string;
  /** What the import had found for fields the researcher corrected (kept by a project round trip). */
  user_edits?: DocumentDetail['user_edits'];
}

/** Writes documents and their index rows; statements are prepared once per database. */
export function documentStore(db: Db) {
  const insertDocument = db.prepare(`
    INSERT INTO documents (title, title_origin, source, author, published_at, place, language, body, raw,
      boilerplate, paragraphs, word_count, format, content_hash, origin_path, imported_at, url, section,
      field_origins, user_edits, minhash)
    VALUES (@title, @title_origin, @source, @author, @published_at, @place, @language, @body, @raw,
      @boilerplate, @paragraphs, @word_count, @format, @content_hash, @origin_path, @imported_at, @url, @section,
      @field_origins, @user_edits, @minhash)`);
  const index = searchIndex(db);
  const findByHash = db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE content_hash = ?');

  return {
    /** The id of a document with the same content, if one was imported before. */
    existingId(contentHash: string): number | undefined {
      return findByHash.get(contentHash)?.id;
    },
    /**
     * Inserts one document and its index entry; call inside a transaction. `entry` is the index
     * entry already computed (an import worker does it off the writing thread).
     */
    insert(doc: NewDocument, entry?: IndexEntry): number {
      const { lastInsertRowid } = insertDocument.run({
        ...doc,
        boilerplate: JSON.stringify(doc.boilerplate),
        paragraphs: JSON.stringify(doc.paragraphs),
        field_origins: JSON.stringify(doc.field_origins),
        user_edits: JSON.stringify(doc.user_edits ?? {}),
        minhash: Buffer.from(minhashSignature(doc.body).buffer),
      });
      const id = Number(lastInsertRowid);
      index.add(id, doc.title, doc.body, doc.language, entry);
      return id;
    },
  };
}
