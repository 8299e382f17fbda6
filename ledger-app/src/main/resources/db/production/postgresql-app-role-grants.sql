-- Privileges of the application role (ledger_app) on the ledger's tables, run by the owner role
-- after the migrations; docs/production-postgresql.md says when. The event log and its audit
-- trail are INSERT and SELECT only: without UPDATE, DELETE and TRUNCATE the app cannot change
-- the past even if its credentials leak, independently of the append-only triggers.
GRANT SELECT, INSERT ON domain_event_entry, snapshot_event_entry, audit_event_hash,
  audit_checkpoint, audit_tree_head, imported_document TO ledger_app;
-- The event store takes a batch's global indexes from the column's own sequence before it COPYs
-- the batch in: USAGE is nextval and currval only, never setval.
GRANT USAGE ON SEQUENCE domain_event_entry_global_index_seq TO ledger_app;
-- Axon moves its tracking tokens forward, and the read models are rebuilt from the log at will.
GRANT SELECT, INSERT, UPDATE, DELETE ON token_entry, ledger_entry_leg, budget_fact TO ledger_app;
