CREATE TRIGGER audit_tree_head_append_only
  BEFORE UPDATE OR DELETE ON audit_tree_head
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER audit_tree_head_no_truncate
  BEFORE TRUNCATE ON audit_tree_head
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
