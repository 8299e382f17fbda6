-- Blue/green read models (issue 14): two slots of the read-model tables, one live, the other built
-- beside it by a rebuild and made live by one row. Readers keep the names they always had: each is
-- now a view that reads the slot the row names, in the same statement (so a query sees the old slot
-- or the new one, whole, never a mix), and PostgreSQL skips the other slot's branch at execution.
-- Processors and rebuilds write the slot tables themselves (projections.slot.ReadModelSlot).
ALTER TABLE ledger_entry_leg RENAME TO ledger_entry_leg_blue;
ALTER INDEX ledger_entry_leg_budget RENAME TO ledger_entry_leg_blue_budget;
ALTER INDEX ledger_entry_leg_entry RENAME TO ledger_entry_leg_blue_entry;
ALTER TABLE budget_fact RENAME TO budget_fact_blue;
ALTER INDEX budget_fact_budget RENAME TO budget_fact_blue_budget;

-- The same columns as the blue tables after V13_1 (free texts unbounded).
CREATE TABLE ledger_entry_leg_green (
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
  project_code      VARCHAR,
  project_name      VARCHAR,
  fund_source       VARCHAR(30) NOT NULL,
  origin            VARCHAR(20),
  amount_fen        BIGINT NOT NULL,
  effective_date    DATE NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  actor             VARCHAR NOT NULL,
  basis_document    VARCHAR NOT NULL,
  basis_number      VARCHAR NOT NULL,
  reason            VARCHAR,
  reversed_entry_id VARCHAR(80),
  derivation_rule   VARCHAR(200),
  derivation_note   VARCHAR,
  CONSTRAINT ledger_entry_leg_green_pkey PRIMARY KEY (event_id, leg_no)
);
CREATE INDEX ledger_entry_leg_green_budget
  ON ledger_entry_leg_green (budget_id, recorded_at, effective_date);
CREATE INDEX ledger_entry_leg_green_entry ON ledger_entry_leg_green (budget_id, entry_id);

CREATE TABLE budget_fact_green (
  event_id       VARCHAR(255) NOT NULL,
  global_index   BIGINT NOT NULL,
  budget_id      VARCHAR(40) NOT NULL,
  fact_type      VARCHAR(60) NOT NULL,
  effective_date DATE NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR NOT NULL,
  payload        VARCHAR NOT NULL,
  CONSTRAINT budget_fact_green_pkey PRIMARY KEY (event_id)
);
CREATE INDEX budget_fact_green_budget ON budget_fact_green (budget_id, fact_type, global_index);

-- The one row naming the live slot. version counts the switches (the health endpoint and the
-- metrics name it); building_* say which rebuild runs, for the message that refuses a second one.
CREATE TABLE read_model_version (
  id               INTEGER NOT NULL PRIMARY KEY,
  live_slot        VARCHAR(8) NOT NULL,
  version          INTEGER NOT NULL,
  switched_at      TIMESTAMP WITH TIME ZONE,
  building_version INTEGER,
  building_node    VARCHAR(200),
  building_since   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT read_model_version_one_row CHECK (id = 1),
  CONSTRAINT read_model_version_slot CHECK (live_slot IN ('blue', 'green'))
);
INSERT INTO read_model_version (id, live_slot, version) VALUES (1, 'blue', 1);

-- H2 has no advisory locks: a rebuild holds this row locked for its whole run instead.
CREATE TABLE read_model_rebuild_lock (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO read_model_rebuild_lock (id) VALUES (1);

CREATE VIEW ledger_entry_leg AS
  SELECT * FROM ledger_entry_leg_blue
    WHERE (SELECT live_slot FROM read_model_version WHERE id = 1) = 'blue'
  UNION ALL
  SELECT * FROM ledger_entry_leg_green
    WHERE (SELECT live_slot FROM read_model_version WHERE id = 1) = 'green';

CREATE VIEW budget_fact AS
  SELECT * FROM budget_fact_blue
    WHERE (SELECT live_slot FROM read_model_version WHERE id = 1) = 'blue'
  UNION ALL
  SELECT * FROM budget_fact_green
    WHERE (SELECT live_slot FROM read_model_version WHERE id = 1) = 'green';
