-- Documents as imported: the clean text a researcher reads (body), the original (raw) and what was
-- set aside from it (boilerplate), plus the metadata found on import.
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL,
  title_origin  TEXT NOT NULL DEFAULT 'heading'
                CHECK (title_origin IN ('heading', 'metadata', 'first-sentence', 'file-name')),
  source        TEXT,
  author        TEXT,
  published_at  TEXT,
  place         TEXT,
  language      TEXT,
  body          TEXT NOT NULL,
  raw           TEXT NOT NULL,
  boilerplate   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(boilerplate)),
  paragraphs    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(paragraphs)),
  word_count    INTEGER NOT NULL DEFAULT 0,
  format        TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,
  origin_path   TEXT,
  imported_at   TEXT NOT NULL
);

CREATE INDEX documents_published_at ON documents (published_at);
CREATE INDEX documents_source ON documents (source);

-- Full-text index over folded text (case, diacritics and transliteration folded, so Lawrow finds
-- Lavrov). The folded text is computed in TypeScript, so the index keeps no copy of its own
-- (contentless); snippets are cut from documents.body. rowid = documents.id.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title,
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
