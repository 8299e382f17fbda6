-- The audit tables are append-only like the event table.
CREATE TRIGGER audit_event_hash_append_only BEFORE UPDATE, DELETE ON audit_event_hash
  FOR EACH ROW CALL 'org.budgetledger.app.store.AppendOnlyH2Trigger';
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE, DELETE ON audit_checkpoint
  FOR EACH ROW CALL 'org.budgetledger.app.store.AppendOnlyH2Trigger';
