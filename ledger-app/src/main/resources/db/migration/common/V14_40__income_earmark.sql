-- Issue 11: the part of an income leg's source a document earmarks (专项资金列入部门预算的项目 under
-- 一般公共预算拨款), null for none; legs stored before it are none. The view of V14_10 is SELECT *,
-- fixed at creation to the columns of then: it is recreated to show the new one (afterMigrate grants
-- it again on PostgreSQL).
ALTER TABLE ledger_entry_leg_blue ADD COLUMN income_earmark VARCHAR(30);
ALTER TABLE ledger_entry_leg_green ADD COLUMN income_earmark VARCHAR(30);

DROP VIEW ledger_entry_leg;
CREATE VIEW ledger_entry_leg AS
  SELECT * FROM ledger_entry_leg_blue
    WHERE (SELECT live_slot FROM read_model_version WHERE id = 1) = 'blue'
  UNION ALL
  SELECT * FROM ledger_entry_leg_green
    WHERE (SELECT live_slot FROM read_model_version WHERE id = 1) = 'green';
