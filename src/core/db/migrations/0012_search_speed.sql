-- The short columns search, facets and the analysis views read for every matching document,
-- in an index keyed by id. A documents row carries its body and raw text, so each row spans at
-- least a page: reading a language or date from 14,000 rows read 14,000 pages; from this index,
-- a few hundred. Queries name it (INDEXED BY documents_summary): SQLite's planner cannot see how
-- wide the rows are and would look them up by rowid.
CREATE INDEX documents_summary ON documents (id, language, source, published_at, author);
