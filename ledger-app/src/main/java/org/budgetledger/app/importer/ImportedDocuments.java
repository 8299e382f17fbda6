package org.budgetledger.app.importer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.budgetledger.core.model.BudgetId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The published documents the ledger imported, kept verbatim for reconciliation. */
@Repository
public class ImportedDocuments {
  private final JdbcTemplate jdbc;
  // documents this process stored per budget: what tells a cache a new import without a query
  private final Map<String, AtomicLong> stored = new ConcurrentHashMap<>();

  public ImportedDocuments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void storeIfAbsent(String hash, String budgetId, String fileName, String text, Instant at) {
    Integer existing =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM imported_document WHERE" + " content_hash = ?",
            Integer.class,
            hash);
    if (existing == 0) {
      jdbc.update(
          "INSERT INTO imported_document (content_hash, budget_id, file_name, content,"
              + " imported_at) VALUES (?,?,?,?,?)",
          hash,
          budgetId,
          fileName,
          text,
          Timestamp.from(at));
      afterCommit(() -> stored.computeIfAbsent(budgetId, k -> new AtomicLong()).incrementAndGet());
    }
  }

  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }

  /**
   * How many documents this process has stored for a budget since it started: it changes with each
   * new import committed here, so a cache of what the documents say can be kept until then.
   */
  public long generation(BudgetId budgetId) {
    AtomicLong count = stored.get(budgetId.toString());
    return count == null ? 0 : count.get();
  }

  /**
   * Records how a stored document prints its tables, read again from its PDF (its cover lines): a
   * row appended to the frame read model; the document, its hash and its events are left as they
   * were imported.
   */
  void storeFrame(String hash, String budgetId, String cover, Instant at) {
    jdbc.update(
        "INSERT INTO document_frame (content_hash, budget_id, cover, recorded_at) VALUES (?,?,?,?)",
        hash,
        budgetId,
        cover,
        Timestamp.from(at));
    afterCommit(() -> stored.computeIfAbsent(budgetId, k -> new AtomicLong()).incrementAndGet());
  }

  /** The newest frame recorded for each of a budget's documents, by content hash. */
  public Map<String, String> frames(BudgetId budgetId) {
    Map<String, String> frames = new java.util.HashMap<>();
    jdbc.query(
        "SELECT content_hash, cover FROM document_frame WHERE budget_id = ? ORDER BY recorded_at",
        rs -> {
          frames.put(rs.getString(1), rs.getString(2));
        },
        budgetId.toString());
    return frames;
  }

  /** The documents imported for a budget, oldest first. */
  public List<ImportedDocument> of(BudgetId budgetId) {
    return jdbc.query(
        "SELECT content_hash, file_name, content, imported_at FROM imported_document"
            + " WHERE budget_id = ? ORDER BY imported_at, content_hash",
        (rs, n) ->
            new ImportedDocument(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        budgetId.toString());
  }

  /**
   * The content hashes of a budget's documents, oldest first: what tells one import from another.
   */
  public List<String> hashes(BudgetId budgetId) {
    return jdbc.queryForList(
        "SELECT content_hash FROM imported_document WHERE budget_id = ?"
            + " ORDER BY imported_at, content_hash",
        String.class,
        budgetId.toString());
  }

  /**
   * The content hashes of the documents the ledger had recorded for a budget by {@code asOf},
   * oldest first; all of them for a null instant (latest).
   */
  public List<String> hashes(BudgetId budgetId, Instant asOf) {
    if (asOf == null) {
      return hashes(budgetId);
    }
    return jdbc.queryForList(
        "SELECT content_hash FROM imported_document WHERE budget_id = ? AND imported_at <= ?"
            + " ORDER BY imported_at, content_hash",
        String.class,
        budgetId.toString(),
        Timestamp.from(asOf));
  }

  /** The file names of a budget's documents, oldest first. */
  public List<String> fileNames(String budgetId) {
    return jdbc.queryForList(
        "SELECT file_name FROM imported_document WHERE budget_id = ?" + " ORDER BY imported_at",
        String.class,
        budgetId);
  }
}
