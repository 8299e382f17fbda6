-- The audit tables are append-only like the event table (ledger_refuse_change is from V1_1).
CREATE TRIGGER audit_event_hash_append_only
  BEFORE UPDATE OR DELETE ON audit_event_hash
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER audit_event_hash_no_truncate
  BEFORE TRUNCATE ON audit_event_hash
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only
  BEFORE UPDATE OR DELETE ON audit_checkpoint
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate
  BEFORE TRUNCATE ON audit_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
