-- How a document imported before its cover recorded each table's printed number, decimals and
-- headers prints its tables, read again from its PDF when the PDF's text is the stored one but for
-- those cover lines: a read model of the frame, appended, the newest row of a document winning.
-- The stored document, its hash and its events stay as imported.
CREATE TABLE document_frame (
  content_hash VARCHAR(64) NOT NULL,
  budget_id    VARCHAR(40) NOT NULL,
  cover        VARCHAR NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (content_hash, recorded_at)
);
CREATE INDEX document_frame_budget ON document_frame (budget_id, recorded_at);
