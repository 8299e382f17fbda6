-- The event and snapshot tables are append-only in the database itself: UPDATE, DELETE and
-- TRUNCATE are refused for every role, the owner included (a superuser can still disable the
-- trigger: the audit trail's hash chain detects what it then changes).
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger table % is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER domain_event_entry_append_only
  BEFORE UPDATE OR DELETE ON domain_event_entry
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER domain_event_entry_no_truncate
  BEFORE TRUNCATE ON domain_event_entry
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER snapshot_event_entry_append_only
  BEFORE UPDATE OR DELETE ON snapshot_event_entry
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER snapshot_event_entry_no_truncate
  BEFORE TRUNCATE ON snapshot_event_entry
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
