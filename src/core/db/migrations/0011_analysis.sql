-- Notes searched like documents, and saved searches kept with the project (issue 12).
--
-- notes_fts is rebuilt with the columns documents_fts has: title and body folded (exact forms,
-- for "quoted phrases" and prefix*) and title_stem, body_stem with each word's Snowball stem in
-- the note's language (sanctions → sanction), computed in TypeScript (core/notes/noteIndex.ts).
-- A German note's long stems join the compound vocabulary, so Korridor finds Getreidekorridor in
-- notes too. Same column names as documents_fts, so one compiled query serves both tables.
DROP TABLE notes_fts;
CREATE VIRTUAL TABLE notes_fts USING fts5 (
  title,
  body,
  title_stem,
  body_stem,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO notes_fts (notes_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0, 5.0, 1.0)');

-- The language a note is written in (detected on save; NULL when unsure: then both English and
-- German stems are indexed), so its snippet highlights word forms as its index matched them.
ALTER TABLE notes ADD COLUMN language TEXT;

-- Notes whose index entry must still be written (stems are computed in TypeScript, which SQL
-- cannot call during the migration); the engine writes them on open, as for documents in 0007.
CREATE TABLE notes_reindex (note_id INTEGER PRIMARY KEY);
INSERT INTO notes_reindex (note_id) SELECT id FROM notes WHERE deleted_at IS NULL;

-- Searches the researcher saved, with the project (not the machine): a colleague who opens the
-- project, or the command line (lectern search --saved NAME), finds them too.
CREATE TABLE saved_searches (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  query       TEXT NOT NULL CHECK (length(trim(query)) > 0),
  created_at  TEXT NOT NULL
);
