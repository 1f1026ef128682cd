-- People, organisations and places found in the documents, their spellings across languages,
-- scripts and typos, and where each is mentioned. A speaker is an entity: quotations name their
-- speaker as text, and the alias table maps that text (by its folded key) to the entity, so a
-- merge, rename or role link is followed by every view without rewriting the quotes.
CREATE TABLE entities (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'place')),
  name       TEXT NOT NULL
);

-- Every spelling of an entity, with the folded key names are matched by (Lawrow = Lavrov).
-- source: found (in a document), user (a rename or merge), role (a role linked to a person:
-- "Russian Foreign Minister" → Sergey Lavrov).
CREATE TABLE entity_aliases (
  entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  key        TEXT NOT NULL,
  source     TEXT NOT NULL DEFAULT 'found' CHECK (source IN ('found', 'user', 'role')),
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_key ON entity_aliases (key);

CREATE TABLE entity_mentions (
  entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  PRIMARY KEY (document_id, start, entity_id)
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, document_id);

-- Which documents have had their entities found (once per text version, like quotes_detected).
ALTER TABLE documents ADD COLUMN entities_detected INTEGER NOT NULL DEFAULT 0;

-- The sieve that attributed a suggested quotation ("after:name", "colon:pronoun"), shown with
-- its evidence so the researcher sees which rule decided.
ALTER TABLE quote_suggestions ADD COLUMN sieve TEXT;

-- Quotations are read again with the attribution sieves: open suggestions take the new speakers
-- (storeQuoteSuggestions updates only unreviewed rows), accepted and dismissed ones stay.
UPDATE documents SET quotes_detected = 0;

-- Documents whose entities are still to be found (projects from before the index, bulk builds):
-- found through this index, since the flag sits after the body in each row and a scan would
-- read every text.
CREATE INDEX documents_entities_pending ON documents (id) WHERE entities_detected = 0;
