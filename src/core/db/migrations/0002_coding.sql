-- The codebook (hierarchical tags), coded passages anchored in document bodies, and the
-- quotations Lectern proposes for the researcher to accept or dismiss.
CREATE TABLE tags (
  id          INTEGER PRIMARY KEY,
  parent_id   INTEGER REFERENCES tags (id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  color       TEXT NOT NULL DEFAULT '#4c6ef5',
  memo        TEXT NOT NULL DEFAULT '',
  sort        REAL NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
-- Sibling names are unique, case-insensitively; root tags share parent 0 for the purpose.
CREATE UNIQUE INDEX tags_sibling_name ON tags (coalesce(parent_id, 0), name COLLATE NOCASE);
CREATE INDEX tags_parent ON tags (parent_id, sort);

-- W3C Web Annotation selectors: TextPositionSelector (start, end in UTF-16 units of body) and
-- TextQuoteSelector (exact, prefix, suffix), so a passage can be found again when text changes.
CREATE TABLE passages (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start        INTEGER NOT NULL CHECK (start >= 0),
  "end"        INTEGER NOT NULL CHECK ("end" >= start),
  exact        TEXT NOT NULL,
  prefix       TEXT NOT NULL DEFAULT '',
  suffix       TEXT NOT NULL DEFAULT '',
  kind         TEXT NOT NULL DEFAULT 'highlight' CHECK (kind IN ('quote', 'highlight')),
  speaker      TEXT,
  memo         TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX passages_document ON passages (document_id, start);
CREATE INDEX passages_speaker ON passages (speaker) WHERE speaker IS NOT NULL;

CREATE TABLE passage_tags (
  passage_id  INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE,
  tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (passage_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX passage_tags_tag ON passage_tags (tag_id, passage_id);

CREATE TABLE quote_suggestions (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  exact        TEXT NOT NULL,
  speaker      TEXT,
  evidence     TEXT,
  confidence   TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
  passage_id   INTEGER REFERENCES passages (id) ON DELETE SET NULL,
  UNIQUE (document_id, start, "end")
);
CREATE INDEX quote_suggestions_speaker ON quote_suggestions (speaker);

-- Which documents have had their quotations detected (detection runs once per text version).
ALTER TABLE documents ADD COLUMN quotes_detected INTEGER NOT NULL DEFAULT 0;
