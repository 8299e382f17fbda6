CREATE TRIGGER audit_tree_head_append_only BEFORE UPDATE, DELETE ON audit_tree_head
  FOR EACH ROW CALL 'org.budgetledger.app.store.AppendOnlyH2Trigger';
-- H2 has no advisory locks: appenders take this one row FOR UPDATE until they commit, so that the
-- tree heads are signed in commit order (PostgreSQL uses pg_advisory_xact_lock instead).
CREATE TABLE audit_append_lock (id INT NOT NULL PRIMARY KEY);
INSERT INTO audit_append_lock VALUES (1);
