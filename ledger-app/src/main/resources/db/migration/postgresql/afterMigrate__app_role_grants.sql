-- Privileges of the application role (ledger_app) on the ledger's tables. A Flyway callback: it
-- runs, as the role that migrates (the owner), after every migration run, so the grants are in
-- place before the application first connects as ledger_app, and a migration that adds a table is
-- followed by its grant (add the table here). Nothing happens where no ledger_app role exists
-- (development, the embedded default). docs/production-postgresql.md describes the roles.
-- The event log and its audit trail are INSERT and SELECT only: without UPDATE, DELETE and
-- TRUNCATE the app cannot change the past even if its credentials leak, independently of the
-- append-only triggers.
-- A run that stops at an older version (an upgrade taken in steps) has not made every table yet:
-- each grant waits for its table to exist.
-- Nodes of a cluster that start together all run this callback, after Flyway has released its own
-- lock, and two GRANTs on one table at once fail with "tuple concurrently updated": the lock below
-- (released at the end of this statement's transaction) makes them take turns.
DO $$
DECLARE
  t text;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ledger_app') THEN
    PERFORM pg_advisory_xact_lock(hashtext('budget-ledger: afterMigrate app role grants'));
    FOREACH t IN ARRAY ARRAY['domain_event_entry', 'snapshot_event_entry', 'audit_event_hash',
        'audit_checkpoint', 'audit_tree_head', 'imported_document', 'document_frame'] LOOP
      IF to_regclass(t) IS NOT NULL THEN
        EXECUTE format('GRANT SELECT, INSERT ON %I TO ledger_app', t);
      END IF;
    END LOOP;
    -- The event store takes a batch's global indexes from the column's own sequence before it
    -- COPYs the batch in: USAGE is nextval and currval only, never setval.
    IF to_regclass('domain_event_entry_global_index_seq') IS NOT NULL THEN
      GRANT USAGE ON SEQUENCE domain_event_entry_global_index_seq TO ledger_app;
    END IF;
    -- Axon moves its tracking tokens forward, and the read models are rebuilt from the log: the
    -- slot tables (V14_10) are emptied by TRUNCATE before a rebuild fills them, and the live slot is
    -- switched by one row. Before V14_10 the read-model names were tables; since, they are views.
    FOREACH t IN ARRAY ARRAY['token_entry', 'ledger_entry_leg', 'budget_fact',
        'ledger_entry_leg_blue', 'ledger_entry_leg_green', 'budget_fact_blue',
        'budget_fact_green', 'read_model_version', 'read_model_rebuild_lock',
        'read_model_failure', 'sign_in_failure'] LOOP
      IF to_regclass(t) IS NOT NULL THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ledger_app', t);
      END IF;
    END LOOP;
    FOREACH t IN ARRAY ARRAY['ledger_entry_leg_blue', 'ledger_entry_leg_green',
        'budget_fact_blue', 'budget_fact_green'] LOOP
      IF to_regclass(t) IS NOT NULL THEN
        EXECUTE format('GRANT TRUNCATE ON %I TO ledger_app', t);
      END IF;
    END LOOP;
  END IF;
END $$;
