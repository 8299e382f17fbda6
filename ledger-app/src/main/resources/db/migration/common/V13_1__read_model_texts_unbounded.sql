-- The read models hold whatever the event store holds. Commands now limit their texts
-- (CommandTexts: reason 2,000, basis 500 and 200, names 300 characters), but events recorded
-- before those limits may carry longer ones (a 1 MB reason stopped the entries processor for
-- good), and a read model narrower than the log can never catch up. Free-text columns are
-- unbounded; codes and ids keep their widths, which their value types enforce on every event.
ALTER TABLE ledger_entry_leg ALTER COLUMN reason SET DATA TYPE VARCHAR;
ALTER TABLE ledger_entry_leg ALTER COLUMN basis_document SET DATA TYPE VARCHAR;
ALTER TABLE ledger_entry_leg ALTER COLUMN basis_number SET DATA TYPE VARCHAR;
ALTER TABLE ledger_entry_leg ALTER COLUMN actor SET DATA TYPE VARCHAR;
ALTER TABLE ledger_entry_leg ALTER COLUMN project_code SET DATA TYPE VARCHAR;
ALTER TABLE ledger_entry_leg ALTER COLUMN project_name SET DATA TYPE VARCHAR;
ALTER TABLE ledger_entry_leg ALTER COLUMN derivation_note SET DATA TYPE VARCHAR;
ALTER TABLE budget_fact ALTER COLUMN actor SET DATA TYPE VARCHAR;
ALTER TABLE imported_document ALTER COLUMN file_name SET DATA TYPE VARCHAR;
