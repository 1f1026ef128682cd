-- Newest-first search pages without sorting every match (issue 9): an index in exactly the order
-- search uses for "Newest" (undated last, then date and id descending). When a query's words are
-- in most documents, search walks this index and checks each document against the full-text
-- index, stopping after a page — instead of gathering 100,000 matches and sorting them.
CREATE INDEX documents_newest ON documents (published_at IS NULL, published_at DESC, id DESC);
