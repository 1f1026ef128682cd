-- Story signatures move to their own table and change kind. Kind: one-permutation MinHash (one
-- hash per shingle instead of 64; documents/minhashSignature.ts), which made the signature a
-- tenth of an import's CPU. Table: documents.minhash sat after body and raw in the row, so
-- reading one signature walked the document's whole text.
-- Old signatures do not compare with new ones: every document is queued to be signed again from
-- its text (documents/storySignatures.ts, in short steps after the project opens) and its story
-- buckets rebuilt then; the stories already found stay as they are. documents.minhash is left
-- in place, unused (dropping a column rewrites every row of the largest table).
CREATE TABLE story_signatures (
  document_id  INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  minhash      BLOB NOT NULL
);
CREATE TABLE story_resign (document_id INTEGER PRIMARY KEY);
INSERT INTO story_resign (document_id) SELECT id FROM documents;
DELETE FROM story_bands;
