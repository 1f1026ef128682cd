import type { Db } from '../db/open';
import { foldTerm } from '../../shared/text/foldTerm';
import { tokenize, type Token } from '../../shared/text/tokenize';
import { stemKey, stemLanguage, type StemLanguage } from './stemWord';

/** Documents longer than this (characters) get a head in search_heads; see migration 0007. */
export const LARGE_BODY_CHARS = 1_000_000;
/** How much of a large document search reads for its snippet and match count. */
export const HEAD_CHARS = 20_000;

/** Stems at least this long in German texts go into the compound vocabulary (Getreidekorridor). */
const COMPOUND_MIN = 9;

/** A document's index entry: folded words (exact forms), their stems, German compound stems. */
export interface IndexEntry {
  folded: { title: string; body: string };
  stems: { title: string; body: string };
  compounds: string[];
}

/** Each word's folded form and stem, by the document's stemming language (bounded like foldTerm's). */
const KEYS: Record<StemLanguage | 'none', Map<string, [string, string]>> = {
  en: new Map(),
  de: new Map(),
  none: new Map(),
};
const KEYS_LIMIT = 200_000;

/**
 * Computes a document's index entry without the database: pure, so an import worker can do it
 * and the writing thread only writes. `bodyWords`: tokenize(body), when the caller has it.
 */
export function indexEntry(
  title: string,
  body: string,
  language: string | null,
  bodyWords?: Token[],
): IndexEntry {
  const lang = stemLanguage(language);
  const keys = KEYS[lang ?? 'none'];
  const read = (text: string, words = tokenize(text)) => {
    const folded: string[] = [];
    const stems: string[] = [];
    for (const token of words) {
      // One look-up per word (its folded form and stem together): most words of a text are
      // words seen before, and folding then stemming looked up twice and lower-cased twice.
      let known = keys.get(token.text);
      if (known === undefined) {
        known = [foldTerm(token.text), stemKey(token.text, lang)];
        if (keys.size >= KEYS_LIMIT) keys.clear();
        keys.set(token.text, known);
      }
      folded.push(known[0]);
      stems.push(known[1]);
    }
    return { folded: folded.join(' '), stems };
  };
  const t = read(title);
  const b = read(body, bodyWords);
  const compounds: string[] = [];
  if (lang === 'de')
    for (const term of new Set([...t.stems, ...b.stems]))
      if (term.length >= COMPOUND_MIN && !/\d/.test(term)) compounds.push(term);
  return {
    folded: { title: t.folded, body: b.folded },
    stems: { title: t.stems.join(' '), body: b.stems.join(' ') },
    compounds,
  };
}

/**
 * Writes and removes documents' full-text entries: folded words (exact forms) and their stems in
 * the document's language, plus the long German stems for compound lookup. Statements are
 * prepared once per database; call `add`/`remove` inside the caller's transaction.
 */
export function searchIndex(db: Db) {
  const insert = db.prepare(
    'INSERT INTO documents_fts (rowid, title, body, title_stem, body_stem) VALUES (?, ?, ?, ?, ?)',
  );
  const remove = db.prepare<[number]>('DELETE FROM documents_fts WHERE rowid = ?');
  const removeHead = db.prepare<[number]>('DELETE FROM search_heads WHERE document_id = ?');
  const addHead = db.prepare(
    `INSERT INTO search_heads (document_id, head, word_count, imported_at, origin_path)
     SELECT id, ?, word_count, imported_at, origin_path FROM documents WHERE id = ?`,
  );
  const addTerm = db.prepare<[string]>('INSERT INTO compound_vocab (term) VALUES (?) ON CONFLICT DO NOTHING');
  const indexTerm = db.prepare<[number | bigint, string]>(
    'INSERT INTO compound_fts (rowid, term) VALUES (?, ?)',
  );

  return {
    /**
     * Writes a document's entry; `entry` is what indexEntry computed (on an import worker), else
     * it is computed here.
     */
    add(id: number, title: string, body: string, language: string | null, entry?: IndexEntry): void {
      const { folded, stems, compounds } = entry ?? indexEntry(title, body, language);
      insert.run(id, folded.title, folded.body, stems.title, stems.body);
      // Call after the document row is written: the head copies its summary columns.
      if (body.length > LARGE_BODY_CHARS) addHead.run(body.slice(0, HEAD_CHARS), id);
      for (const term of compounds) {
        const { changes, lastInsertRowid } = addTerm.run(term);
        if (changes > 0) indexTerm.run(lastInsertRowid, term);
      }
    },
    remove(id: number): void {
      remove.run(id);
      removeHead.run(id);
    },
  };
}

/**
 * Writes the index entries still owed after migration 0007 (which rebuilt the index with stems),
 * in batches of one transaction each. Returns how many documents it indexed.
 */
export function reindexPending(db: Db): number {
  const pending = db.prepare<[], { document_id: number }>('SELECT document_id FROM search_reindex LIMIT 500');
  const read = db.prepare<[number], { title: string; body: string; language: string | null }>(
    'SELECT title, body, language FROM documents WHERE id = ?',
  );
  const done = db.prepare<[number]>('DELETE FROM search_reindex WHERE document_id = ?');
  const index = searchIndex(db);
  let total = 0;
  for (;;) {
    const batch = pending.all();
    if (batch.length === 0) return total;
    db.transaction(() => {
      for (const { document_id } of batch) {
        const doc = read.get(document_id);
        if (doc) index.add(document_id, doc.title, doc.body, doc.language);
        done.run(document_id);
      }
    })();
    total += batch.length;
  }
}
