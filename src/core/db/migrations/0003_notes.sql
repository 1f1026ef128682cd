-- The researcher's notes: Lexical JSON is the source of truth; plain text and word count are
-- derived on save for search and lists. Deleted notes wait in the trash (deleted_at).
CREATE TABLE notes (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL,
  lexical_json  TEXT NOT NULL CHECK (json_valid(lexical_json)),
  plain_text    TEXT NOT NULL DEFAULT '',
  word_count    INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
);
CREATE INDEX notes_updated ON notes (deleted_at, updated_at);
CREATE INDEX notes_title ON notes (title COLLATE NOCASE);

-- Earlier states of a note, kept at most every few minutes of editing and before a restore.
CREATE TABLE note_revisions (
  id            INTEGER PRIMARY KEY,
  note_id       INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  title         TEXT NOT NULL,
  lexical_json  TEXT NOT NULL,
  word_count    INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL
);
CREATE INDEX note_revisions_note ON note_revisions (note_id, created_at);

-- What each note links to, re-derived from its JSON on every save; drives backlinks. Targets are
-- not foreign keys: a link to a deleted passage or note stays in the note (shown detached).
CREATE TABLE note_links (
  from_note    INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('note', 'document', 'passage', 'tag')),
  target_id    INTEGER NOT NULL,
  context      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX note_links_target ON note_links (kind, target_id);
CREATE INDEX note_links_from ON note_links (from_note);

-- Full-text search over notes, folded like documents (contentless; rowid = notes.id).
CREATE VIRTUAL TABLE notes_fts USING fts5 (
  title,
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
