package org.budgetledger.projections.entries;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.projections.slot.LiveSlotReader;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A budget's journal (分录列表) from the entries read model: each entry once, summed from its legs, in
 * the order the ledger recorded them. Filters and paging run in the database, so a journal of many
 * thousand entries answers a page at a time.
 */
@Service
public class EntryJournal {
  private static final String SELECT =
      "SELECT entry_id, MIN(entry_type) AS entry_type,"
          + " MIN(effective_date) AS effective_date, MIN(recorded_at) AS recorded_at,"
          + " MIN(actor) AS actor, MIN(basis_document) AS basis_document,"
          + " MIN(basis_number) AS basis_number, MIN(reason) AS reason,"
          + " MIN(reversed_entry_id) AS reversed_entry_id, COUNT(*) AS legs,"
          + " SUM(CASE WHEN side = 'SPENDING' AND amount_fen > 0 THEN amount_fen ELSE 0 END) AS up,"
          + " SUM(CASE WHEN side = 'SPENDING' AND amount_fen < 0 THEN amount_fen ELSE 0 END) AS down,"
          + " MIN(global_index) AS gi FROM ";
  private static final String GROUP = " GROUP BY entry_id";
  private static final String AMOUNT =
      "(CASE WHEN SUM(CASE WHEN side = 'SPENDING' AND amount_fen"
          + " > 0 THEN amount_fen ELSE 0 END) >= -SUM(CASE WHEN side = 'SPENDING' AND amount_fen < 0"
          + " THEN amount_fen ELSE 0 END) THEN SUM(CASE WHEN side = 'SPENDING' AND amount_fen > 0"
          + " THEN amount_fen ELSE 0 END) ELSE -SUM(CASE WHEN side = 'SPENDING' AND amount_fen < 0"
          + " THEN amount_fen ELSE 0 END) END)";
  private final JdbcTemplate jdbc;
  private final LiveSlotReader live;

  public EntryJournal(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.live = new LiveSlotReader(jdbc);
  }

  /** The entries a filter selects, {@code limit} from {@code offset}, in recorded order. */
  public JournalPage page(BudgetId budget, JournalFilter filter, int offset, int limit) {
    List<Object> args = new ArrayList<>(List.of(budget.toString()));
    String where = where(filter, args);
    String having = having(filter, args);
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(limit);
    pageArgs.add(offset);
    return live.read(
        slot -> {
          Long total =
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM (SELECT entry_id FROM "
                      + slot.legTable()
                      + " WHERE budget_id = ?"
                      + where
                      + GROUP
                      + having
                      + ") AS selected",
                  Long.class,
                  args.toArray());
          List<JournalEntry> entries =
              jdbc.query(
                  select(slot) + where + GROUP + having + " ORDER BY gi LIMIT ? OFFSET ?",
                  EntryJournal::entry,
                  pageArgs.toArray());
          return new JournalPage(entries, total == null ? 0 : total);
        });
  }

  /** Every entry, in recorded order: the steps of 回放. */
  public List<JournalEntry> all(BudgetId budget) {
    return live.read(
        slot ->
            jdbc.query(
                select(slot) + GROUP + " ORDER BY gi", EntryJournal::entry, budget.toString()));
  }

  public Optional<JournalEntry> entry(BudgetId budget, String entryId) {
    return live
        .read(
            slot ->
                jdbc.query(
                    select(slot) + " AND entry_id = ?" + GROUP,
                    EntryJournal::entry,
                    budget.toString(),
                    entryId))
        .stream()
        .findFirst();
  }

  /** The 冲销 entries that reverse an entry (one at most, as the ledger allows). */
  public List<String> reversalsOf(BudgetId budget, String entryId) {
    return live.read(
        slot ->
            jdbc.queryForList(
                "SELECT DISTINCT entry_id FROM "
                    + slot.legTable()
                    + " WHERE budget_id = ? AND reversed_entry_id = ? ORDER BY entry_id",
                String.class,
                budget.toString(),
                entryId));
  }

  private static String select(ReadModelSlot slot) {
    return SELECT + slot.legTable() + " WHERE budget_id = ?";
  }

  private static String where(JournalFilter f, List<Object> args) {
    StringBuilder sql = new StringBuilder();
    if (!f.types().isEmpty()) {
      sql.append(" AND entry_type IN (")
          .append(String.join(",", Collections.nCopies(f.types().size(), "?")))
          .append(')');
      f.types().stream().map(EntryType::name).sorted().forEach(args::add);
    }
    if (f.from() != null) {
      sql.append(" AND effective_date >= ?");
      args.add(Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      sql.append(" AND effective_date <= ?");
      args.add(Date.valueOf(f.to()));
    }
    contains(sql, args, "basis_number", f.basisNumber());
    contains(sql, args, "actor", f.actor());
    return sql.toString();
  }

  private static void contains(StringBuilder sql, List<Object> args, String column, String part) {
    if (part != null && !part.isBlank()) {
      // A part of the text, matched literally: the LIKE wildcards in it are escaped.
      sql.append(" AND ").append(column).append(" LIKE ? ESCAPE '!'");
      args.add("%" + part.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
  }

  private static String having(JournalFilter f, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (f.minFen() != null) {
      conditions.add(AMOUNT + " >= ?");
      args.add(f.minFen());
    }
    if (f.maxFen() != null) {
      conditions.add(AMOUNT + " <= ?");
      args.add(f.maxFen());
    }
    return conditions.isEmpty() ? "" : " HAVING " + String.join(" AND ", conditions);
  }

  private static JournalEntry entry(ResultSet rs, int n) throws SQLException {
    return new JournalEntry(
        rs.getString("entry_id"),
        EntryType.valueOf(rs.getString("entry_type")),
        rs.getDate("effective_date").toLocalDate(),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("actor"),
        rs.getString("basis_document"),
        rs.getString("basis_number"),
        rs.getString("reason"),
        rs.getString("reversed_entry_id"),
        rs.getInt("legs"),
        rs.getLong("up"),
        rs.getLong("down"),
        rs.getLong("gi"));
  }
}
