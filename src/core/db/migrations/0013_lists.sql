-- The trash as an index of its own (only trashed documents, so it stays tiny). `deleted_at` is the
-- last column of a document's record, after its body: testing it means reading the whole row,
-- and counting the library that way read every text on each refresh (14-94 ms at 10,000
-- documents, ten times that at 100,000). The library's count is now every document (any small
-- index) minus the trashed ones (this one); the trash is listed from it.
CREATE INDEX documents_trashed ON documents (deleted_at) WHERE deleted_at IS NOT NULL;
