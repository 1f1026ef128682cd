-- Search that understands word forms (issue 12): the full-text index gains stemmed columns, and
-- German compounds become findable by their parts.
--
-- documents_fts is rebuilt with four columns: title and body folded as before (exact forms, for
-- "quoted phrases" and prefix*), and title_stem and body_stem holding each word's Snowball stem in
-- the document's language, folded the same way (sanctions → sanction, Außenministers →
-- aussenminist). Both are computed in TypeScript (core/search/searchIndex.ts); the table stays
-- contentless. Titles weigh five times body text in the ranking, set once here as FTS5's rank.
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title,
  body,
  title_stem,
  body_stem,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0, 5.0, 1.0)');

-- The long stems of German documents, with a trigram index over them: a query word is looked up
-- as a substring here (korridor → getreidekorridor) and the compounds found join the query. The
-- vocabulary is small next to the texts (distinct words only), so the trigram index stays small.
CREATE TABLE compound_vocab (
  id    INTEGER PRIMARY KEY,
  term  TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE compound_fts USING fts5 (
  term,
  content = 'compound_vocab',
  content_rowid = 'id',
  tokenize = 'trigram'
);

-- Documents whose index entry must still be written; the engine fills the new index from here on
-- open (the stems are computed in TypeScript, which SQL cannot call during the migration).
CREATE TABLE search_reindex (document_id INTEGER PRIMARY KEY);
INSERT INTO search_reindex (document_id) SELECT id FROM documents WHERE deleted_at IS NULL;

-- The opening of each very large document (over 1 MB of text) with the summary columns stored
-- after its body: search pages read these instead of the document row, whose body and raw text
-- SQLite would load (or walk page by page) in full — a 75 MB document would stall every search
-- that ranks it on the first page.
CREATE TABLE search_heads (
  document_id  INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  head         TEXT NOT NULL,
  word_count   INTEGER NOT NULL,
  imported_at  TEXT NOT NULL,
  origin_path  TEXT
);

-- The index's vocabulary with per-column counts (FTS5's own view, stores nothing): the word
-- lists compare a selection's words with their frequency in the whole corpus from here.
CREATE VIRTUAL TABLE documents_vocab USING fts5vocab (documents_fts, 'col');
