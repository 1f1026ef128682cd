-- Metadata a researcher can trust and correct, boilerplate learnt per source, and stories told
-- by several documents (reprints, corrected re-posts).

-- Where each field came from ({"title": "heading", "published_at": "dateline", …}), the fields a
-- researcher edited ({"source": {"found": "dpa", "at": "…"}}; a re-import keeps them), the
-- canonical URL and section, the trash, and the story a document belongs to.
ALTER TABLE documents ADD COLUMN field_origins TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(field_origins));
ALTER TABLE documents ADD COLUMN user_edits TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(user_edits));
ALTER TABLE documents ADD COLUMN url TEXT;
ALTER TABLE documents ADD COLUMN section TEXT;
ALTER TABLE documents ADD COLUMN deleted_at TEXT;
-- MinHash signature of the body's word shingles (64 × 32-bit, little-endian) and the story id
-- (the lowest document id of the group); documents are grouped, never merged.
ALTER TABLE documents ADD COLUMN minhash BLOB;
ALTER TABLE documents ADD COLUMN story_id INTEGER;
CREATE INDEX documents_story ON documents (story_id) WHERE story_id IS NOT NULL;

-- Head and tail paragraphs of each document by source, hashed: a paragraph that recurs across
-- stories of one source is its boilerplate (cookie banner, advert, newsletter box).
CREATE TABLE source_paragraphs (
  source       TEXT NOT NULL,
  hash         TEXT NOT NULL,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (source, hash, document_id)
) WITHOUT ROWID;
CREATE INDEX source_paragraphs_document ON source_paragraphs (document_id);

-- Per-source boilerplate decisions: learnt from repetition, or the researcher's own mark
-- (which wins and is never replaced by learning).
CREATE TABLE boilerplate_rules (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL,
  hash        TEXT NOT NULL,
  text        TEXT NOT NULL,
  verdict     TEXT NOT NULL CHECK (verdict IN ('boilerplate', 'content')),
  origin      TEXT NOT NULL CHECK (origin IN ('learnt', 'user')),
  created_at  TEXT NOT NULL,
  UNIQUE (source, hash)
);
