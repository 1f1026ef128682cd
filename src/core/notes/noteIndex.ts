import type { Db } from '../db/open';
import { detectLanguage } from '../import/detectLanguage';
import { indexEntry } from '../search/searchIndex';
import { stemLanguage } from '../search/stemWord';

/**
 * Writes notes' full-text entries the way documents' are written (core/search/searchIndex.ts):
 * folded words for exact matches, Snowball stems for word forms, and a German note's long stems
 * in the compound vocabulary (Korridor → Getreidekorridor). A note has no language field, so its
 * language is detected; when the detector is unsure (a few words) both English and German stems
 * are indexed, so `sanctions` still finds `sanction`. Call inside the caller's transaction.
 */
export function noteIndex(db: Db) {
  const insert = db.prepare(
    'INSERT INTO notes_fts (rowid, title, body, title_stem, body_stem) VALUES (?, ?, ?, ?, ?)',
  );
  const remove = db.prepare<[number]>('DELETE FROM notes_fts WHERE rowid = ?');
  const setLanguage = db.prepare<[string | null, number]>('UPDATE notes SET language = ? WHERE id = ?');
  // The documents' compound vocabulary: one list of long German stems serves both searches.
  const addTerm = db.prepare<[string]>('INSERT INTO compound_vocab (term) VALUES (?) ON CONFLICT DO NOTHING');
  const indexTerm = db.prepare<[number | bigint, string]>(
    'INSERT INTO compound_fts (rowid, term) VALUES (?, ?)',
  );

  return {
    /** Replaces a note's entry; returns the language it was stemmed in (null: both). */
    add(id: number, title: string, text: string): string | null {
      remove.run(id);
      const language = stemLanguage(detectLanguage(`${title}\n\n${text}`));
      const entry = indexEntry(title, text, language ?? 'en');
      let stems = entry.stems;
      if (!language) {
        const german = indexEntry(title, text, 'de').stems;
        // Two runs of the same words: a phrase still finds its words side by side in either.
        stems = { title: `${stems.title} ${german.title}`, body: `${stems.body} ${german.body}` };
      }
      insert.run(id, entry.folded.title, entry.folded.body, stems.title, stems.body);
      if (language === 'de')
        for (const term of entry.compounds) {
          const { changes, lastInsertRowid } = addTerm.run(term);
          if (changes > 0) indexTerm.run(lastInsertRowid, term);
        }
      setLanguage.run(language, id);
      return language;
    },
    remove(id: number): void {
      remove.run(id);
    },
  };
}

/**
 * Writes the note index entries still owed after migration 0011 (which rebuilt notes_fts with
 * stems), in one transaction. Returns how many notes it indexed.
 */
export function reindexNotes(db: Db): number {
  const pending = db
    .prepare<[], { id: number; title: string; plain_text: string }>(
      `SELECT n.id, n.title, n.plain_text FROM notes_reindex r JOIN notes n ON n.id = r.note_id
       WHERE n.deleted_at IS NULL`,
    )
    .all();
  const any = db.prepare('SELECT 1 FROM notes_reindex LIMIT 1').get();
  if (!any) return 0;
  const index = noteIndex(db);
  db.transaction(() => {
    for (const note of pending) index.add(note.id, note.title, note.plain_text);
    db.prepare('DELETE FROM notes_reindex').run();
  })();
  return pending.length;
}
