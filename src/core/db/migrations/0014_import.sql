-- Story grouping's buckets (locality-sensitive hashing over the MinHash signature), so grouping a
-- batch of new documents looks up only their bucket-mates instead of reading every signature in
-- the project each time (which made a long import quadratic). One row per document and band:
-- band b is bytes b*12 .. b*12+11 of the stored signature (3 of its 64 hashes, as
-- documents/groupStories.ts bands them). documentStore writes a new document's rows; documents
-- are never deleted outright (only trashed), and grouping checks what it finds against documents.
CREATE TABLE story_bands (
  band         INTEGER NOT NULL,
  hash         BLOB NOT NULL,
  document_id  INTEGER NOT NULL,
  PRIMARY KEY (band, hash, document_id)
) WITHOUT ROWID;

-- The documents already signed. An empty text's signature (all 0xFFFFFFFF) matches nothing.
WITH RECURSIVE bands (band) AS (SELECT 0 UNION ALL SELECT band + 1 FROM bands WHERE band < 20)
INSERT INTO story_bands (band, hash, document_id)
SELECT band, substr(minhash, band * 12 + 1, 12), id FROM documents, bands
WHERE length(minhash) >= 256 AND substr(minhash, 1, 4) != x'FFFFFFFF';
