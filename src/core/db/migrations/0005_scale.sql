-- The library at 100,000 documents: every sort order of documents-page is read straight off an
-- index in its ORDER BY (missing values last, ties by title then id), so a page costs the same
-- at the top and deep in the list, and no query sorts the corpus. Nullable keys need one index
-- per direction, because "missing last" holds both ways. published_at ascending is
-- documents_reading_order (0004).
CREATE INDEX documents_title_asc ON documents (title COLLATE NOCASE, id);
CREATE INDEX documents_title_desc ON documents (title COLLATE NOCASE DESC, id);
CREATE INDEX documents_imported_asc ON documents (imported_at, title COLLATE NOCASE, id);
CREATE INDEX documents_imported_desc ON documents (imported_at DESC, title COLLATE NOCASE, id);
CREATE INDEX documents_published_desc ON documents (published_at IS NULL, published_at DESC, title COLLATE NOCASE, id);
CREATE INDEX documents_source_asc ON documents (source IS NULL, source COLLATE NOCASE, title COLLATE NOCASE, id);
CREATE INDEX documents_source_desc ON documents (source IS NULL, source COLLATE NOCASE DESC, title COLLATE NOCASE, id);
CREATE INDEX documents_language_asc ON documents (language IS NULL, language, title COLLATE NOCASE, id);
CREATE INDEX documents_language_desc ON documents (language IS NULL, language DESC, title COLLATE NOCASE, id);
-- Quote detection catches up only documents that still need it (re-imported text), without
-- scanning the corpus on every open of the quotes or speakers list.
CREATE INDEX documents_quotes_pending ON documents (id) WHERE quotes_detected = 0;
-- The overview's word total reads this small index instead of every document's row.
CREATE INDEX documents_word_count ON documents (word_count);
