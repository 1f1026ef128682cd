import type { DocumentDetail } from '../../shared/model';
import type { Db } from '../db/open';
import type { AnalyzedDocument } from '../import/analyzeDocument';
import { searchIndex, type IndexEntry } from '../search/searchIndex';
import { minhashSignature } from './minhashSignature';
import { storySignatureStore } from './storySignatures';

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
      field_origins, user_edits, quotes_detected, entities_detected)
    VALUES (@title, @title_origin, @source, @author, @published_at, @place, @language, @body, @raw,
      @boilerplate, @paragraphs, @word_count, @format, @content_hash, @origin_path, @imported_at, @url, @section,
      @field_origins, @user_edits, @detected, @detected)`);
  const index = searchIndex(db);
  const signatures = storySignatureStore(db);
  const findByHash = db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE content_hash = ?');

  return {
    /** The id of a document with the same content, if one was imported before. */
    existingId(contentHash: string): number | undefined {
      return findByHash.get(contentHash)?.id;
    },
    /**
     * Inserts one document and its index entry; call inside a transaction. What an import worker
     * computed off the writing thread comes along: the index `entry` and the `minhash` signature.
     * `detected`: the caller stores the document's quotations and entities in this same
     * transaction (quoteSuggestionStore.store with `fresh`), so the row is written marked once
     * instead of being rewritten twice to mark it. `heldBack`: the caller holds the document's
     * story buckets back and stores them later (PendingStoryBands).
     */
    insert(
      doc: NewDocument,
      entry?: IndexEntry,
      {
        minhash,
        detected = false,
        heldBack = false,
      }: { minhash?: Uint32Array; detected?: boolean; heldBack?: boolean } = {},
    ): number {
      const signature = minhash ?? minhashSignature(doc.body);
      const { lastInsertRowid } = insertDocument.run({
        ...doc,
        boilerplate: JSON.stringify(doc.boilerplate),
        paragraphs: JSON.stringify(doc.paragraphs),
        field_origins: JSON.stringify(doc.field_origins),
        user_edits: JSON.stringify(doc.user_edits ?? {}),
        detected: detected ? 1 : 0,
      });
      const id = Number(lastInsertRowid);
      if (heldBack) signatures.setHeldBack(id, signature);
      else signatures.set(id, signature, true);
      index.add(id, doc.title, doc.body, doc.language, entry);
      return id;
    },
  };
}
