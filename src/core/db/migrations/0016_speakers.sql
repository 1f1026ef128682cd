-- The speakers list groups quotations by spelling and document (speakers-page). These covering
-- indexes let SQLite read those three columns from the index alone, in speaker order, instead of
-- every quotation row with its text (a suggestion holds the quotation and its evidence).
CREATE INDEX quote_suggestions_speakers ON quote_suggestions (status, speaker, document_id)
  WHERE speaker IS NOT NULL;
CREATE INDEX passages_quote_speakers ON passages (kind, speaker, document_id)
  WHERE speaker IS NOT NULL;
