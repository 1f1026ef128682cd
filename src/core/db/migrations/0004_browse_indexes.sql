-- Indexes found by bench/coding.bench.ts (50,000 passages):
-- the passage browser walks documents in reading order (date, title) and their passages by
-- position, so pages come straight off indexes instead of sorting every match;
CREATE INDEX documents_reading_order ON documents (published_at IS NULL, published_at, title COLLATE NOCASE, id);
-- the codebook's orphan count reads only orphans;
CREATE INDEX passages_orphaned ON passages (document_id) WHERE status = 'orphaned';
-- deleting a passage (undo of an auto-coding) looks up suggestions pointing at it.
CREATE INDEX quote_suggestions_passage ON quote_suggestions (passage_id) WHERE passage_id IS NOT NULL;
