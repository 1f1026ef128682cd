-- Project settings (how many backups to keep …): one row per key.
CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);

-- Deleted tags, restorable after a restart (undo lives only as long as the session): the tag
-- subtree's rows and its codings, as JSON, written in the same transaction as the delete.
CREATE TABLE tag_trash (
  id          INTEGER PRIMARY KEY,
  tag_id      INTEGER NOT NULL,
  name        TEXT NOT NULL,
  tags        INTEGER NOT NULL,
  codings     INTEGER NOT NULL,
  snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),
  deleted_at  TEXT NOT NULL
);
