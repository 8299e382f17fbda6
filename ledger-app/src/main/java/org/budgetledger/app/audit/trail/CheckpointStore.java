package org.budgetledger.app.audit.trail;

import java.util.List;
import java.util.Optional;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed checkpoints, kept in {@code audit_checkpoint}. They are read back from the signed file
 * text, not from the columns beside it, so that what is verified is exactly what was signed.
 */
@Component
public class CheckpointStore {

  private final JdbcTemplate jdbc;

  public CheckpointStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void add(Checkpoint checkpoint) {
    jdbc.update(
        "INSERT INTO audit_checkpoint (tree_size, root_hash, created_at, key_id, signature,"
            + " file_text) VALUES (?, ?, ?, ?, ?, ?)",
        checkpoint.treeSize(),
        checkpoint.rootHash(),
        checkpoint.createdAt(),
        checkpoint.keyId(),
        checkpoint.signature(),
        checkpoint.toFileText());
  }

  /** Every checkpoint, oldest first. */
  public List<Checkpoint> all() {
    return jdbc.query(
        "SELECT file_text FROM audit_checkpoint ORDER BY id",
        (rs, n) -> Checkpoint.parse(rs.getString(1)));
  }

  public Optional<Checkpoint> latest() {
    return jdbc
        .query(
            "SELECT file_text FROM audit_checkpoint ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
            (rs, n) -> Checkpoint.parse(rs.getString(1)))
        .stream()
        .findFirst();
  }

  /** The latest checkpoint of exactly this tree size. */
  public Optional<Checkpoint> ofSize(long treeSize) {
    return jdbc
        .query(
            "SELECT file_text FROM audit_checkpoint WHERE tree_size = ?"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
            (rs, n) -> Checkpoint.parse(rs.getString(1)),
            treeSize)
        .stream()
        .findFirst();
  }
}
