-- Read model: one row per leg of every journal entry, bitemporal (effective date, recorded time).
-- Rebuilt from the event store at will; never the source of truth.
CREATE TABLE ledger_entry_leg (
  event_id          VARCHAR(255) NOT NULL,
  leg_no            INTEGER NOT NULL,
  global_index      BIGINT NOT NULL,
  budget_id         VARCHAR(40) NOT NULL,
  entry_id          VARCHAR(80) NOT NULL,
  entry_type        VARCHAR(20) NOT NULL,
  side              VARCHAR(8) NOT NULL,
  unit_code         VARCHAR(32) NOT NULL,
  function_code     VARCHAR(7),
  gov_economic      VARCHAR(7),
  dept_economic     VARCHAR(7),
  kind              VARCHAR(20),
  project_code      VARCHAR(100),
  project_name      VARCHAR(300),
  fund_source       VARCHAR(30) NOT NULL,
  origin            VARCHAR(20),
  amount_fen        BIGINT NOT NULL,
  effective_date    DATE NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  actor             VARCHAR(200) NOT NULL,
  basis_document    VARCHAR(500) NOT NULL,
  basis_number      VARCHAR(200) NOT NULL,
  reason            VARCHAR(2000),
  reversed_entry_id VARCHAR(80),
  derivation_rule   VARCHAR(200),
  derivation_note   VARCHAR(4000),
  PRIMARY KEY (event_id, leg_no)
);
CREATE INDEX ledger_entry_leg_budget ON ledger_entry_leg (budget_id, recorded_at, effective_date);
CREATE INDEX ledger_entry_leg_entry ON ledger_entry_leg (budget_id, entry_id);

-- Read model: non-money facts (budget opened, units, names, tags, performance, narrative), one row
-- per event, the event's payload as JSON.
CREATE TABLE budget_fact (
  event_id       VARCHAR(255) NOT NULL PRIMARY KEY,
  global_index   BIGINT NOT NULL,
  budget_id      VARCHAR(40) NOT NULL,
  fact_type      VARCHAR(60) NOT NULL,
  effective_date DATE NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(200) NOT NULL,
  payload        VARCHAR NOT NULL
);
CREATE INDEX budget_fact_budget ON budget_fact (budget_id, fact_type, global_index);

-- The published documents themselves, by content hash: reconciliation compares them with the
-- rebuilt tables. Written in the import's transaction.
CREATE TABLE imported_document (
  content_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  budget_id    VARCHAR(40) NOT NULL,
  file_name    VARCHAR(500) NOT NULL,
  content      VARCHAR NOT NULL,
  imported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
