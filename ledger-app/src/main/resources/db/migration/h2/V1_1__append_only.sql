-- H2 has no TRUNCATE trigger; row triggers refuse UPDATE and DELETE on the embedded default.
CREATE TRIGGER domain_event_entry_append_only BEFORE UPDATE, DELETE ON domain_event_entry
  FOR EACH ROW CALL 'org.budgetledger.app.store.AppendOnlyH2Trigger';
CREATE TRIGGER snapshot_event_entry_append_only BEFORE UPDATE, DELETE ON snapshot_event_entry
  FOR EACH ROW CALL 'org.budgetledger.app.store.AppendOnlyH2Trigger';
