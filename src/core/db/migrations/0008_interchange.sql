-- Who coded what: a project can hold the passages of several coders (a colleague's copy merged in,
-- a REFI-QDA project from another tool), so intercoder agreement can compare them. Coder 1 is the
-- person using this copy of Lectern; existing passages are theirs. The GUID is the coder's identity
-- in REFI-QDA exports (<User guid>), random per project so two colleagues' copies never share one.
CREATE TABLE coders (
  id    INTEGER PRIMARY KEY,
  guid  TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL CHECK (length(trim(name)) > 0)
);
INSERT INTO coders (id, guid, name) VALUES (
  1,
  lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  'Me'
);
-- Not a REFERENCES column: SQLite refuses ADD COLUMN with a foreign key and a non-NULL default.
ALTER TABLE passages ADD COLUMN coder_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX passages_coder ON passages (coder_id, document_id);
