-- The blue slot's primary keys named after their table, as the green slot's are: a rebuild run as
-- the owner builds the target slot's indexes from the live slot's definitions, renamed slot for
-- slot (rebuild.SlotIndexes).
ALTER TABLE ledger_entry_leg_blue RENAME CONSTRAINT ledger_entry_leg_pkey TO ledger_entry_leg_blue_pkey;
ALTER TABLE budget_fact_blue RENAME CONSTRAINT budget_fact_pkey TO budget_fact_blue_pkey;
