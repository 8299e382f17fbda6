package org.budgetledger.projections.entries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.core.model.UnitCode;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The leg table: writes of the projector into the live slot's table ({@link ReadModelSlot}); the
 * queries read that table through {@link org.budgetledger.projections.slot.LiveSlotReader}.
 */
@Repository
public class LegTable {
  /** The columns in the order of {@link #values(LegRow)}. */
  public static final String COLUMNS =
      "event_id, leg_no, global_index, budget_id, entry_id,"
          + " entry_type, side, unit_code, function_code, gov_economic, dept_economic, kind,"
          + " project_code, project_name, fund_source, origin, amount_fen, effective_date,"
          + " recorded_at, actor, basis_document, basis_number, reason, reversed_entry_id,"
          + " derivation_rule, derivation_note, income_earmark";

  private static final String VALUES =
      ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final int CHUNK = 500;
  private final JdbcTemplate jdbc;

  public LegTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the rows of one event: replaying an event twice leaves one copy. */
  public void replace(String eventId, List<LegRow> rows) {
    replaceAll(Map.of(eventId, rows));
  }

  /**
   * Replaces the rows of many events in a few statements: one DELETE per {@value #CHUNK} events and
   * one JDBC batch of INSERTs. A projector flushes a processing batch this way; one DELETE and one
   * INSERT per event cost two round trips each and bounded the rebuild.
   */
  public void replaceAll(Map<String, List<LegRow>> rowsByEvent) {
    replaceAll(ReadModelSlot.live(jdbc).legTable(), rowsByEvent);
  }

  /** {@link #replaceAll(Map)} into a named slot table: a rebuild catching up its own slot. */
  public void replaceAll(String table, Map<String, List<LegRow>> rowsByEvent) {
    List<String> events = new ArrayList<>(rowsByEvent.keySet());
    for (int i = 0; i < events.size(); i += CHUNK) {
      List<String> chunk = events.subList(i, Math.min(events.size(), i + CHUNK));
      jdbc.update(
          "DELETE FROM "
              + table
              + " WHERE event_id IN ("
              + String.join(",", Collections.nCopies(chunk.size(), "?"))
              + ")",
          chunk.toArray());
    }
    List<LegRow> rows = rowsByEvent.values().stream().flatMap(List::stream).toList();
    insertAll(table, rows);
  }

  /**
   * Inserts rows without deleting first: for a table known to hold none of these events, as after a
   * reset. The bulk rebuild writes its pages this way where PostgreSQL's COPY is not available.
   */
  public void insertAll(String table, List<LegRow> rows) {
    jdbc.batchUpdate(
        "INSERT INTO " + table + " (" + COLUMNS + VALUES,
        rows,
        5000,
        (ps, r) -> {
          Object[] values = values(r);
          for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
          }
        });
  }

  /**
   * The column values of a row in {@link #COLUMNS} order: one mapping shared by the INSERT and the
   * bulk rebuild's COPY, so the two cannot drift apart.
   */
  public static Object[] values(LegRow r) {
    LineKey line = r.line();
    IncomeKey income = r.income();
    return new Object[] {
      r.eventId(),
      r.legNo(),
      r.globalIndex(),
      r.budgetId(),
      r.entryId(),
      r.entryType().name(),
      line != null ? "SPENDING" : "INCOME",
      line != null ? line.unit().value() : income.unit().value(),
      line != null ? line.function().value() : null,
      line != null && line.govEconomic() != null ? line.govEconomic().value() : null,
      line != null && line.deptEconomic() != null ? line.deptEconomic().value() : null,
      line != null ? line.kind().name() : null,
      line != null && line.project() != null ? line.project().code() : null,
      line != null && line.project() != null ? line.project().name() : null,
      line != null ? line.fundSource().name() : income.fundSource().name(),
      income != null ? income.origin().name() : null,
      r.amountFen(),
      r.effectiveDate(),
      r.recordedAt().atOffset(ZoneOffset.UTC),
      r.actor(),
      r.basisDocument(),
      r.basisNumber(),
      r.reason(),
      r.reversedEntryId(),
      r.derivationRule(),
      r.derivationNote(),
      r.earmark() == null ? null : r.earmark().name()
    };
  }

  public void deleteAll() {
    jdbc.update("DELETE FROM " + ReadModelSlot.live(jdbc).legTable());
  }

  static LineKey lineKey(ResultSet rs) throws SQLException {
    String gov = rs.getString("gov_economic");
    String dept = rs.getString("dept_economic");
    String projectCode = rs.getString("project_code");
    return new LineKey(
        UnitCode.of(rs.getString("unit_code")),
        FunctionCode.of(rs.getString("function_code")),
        gov == null ? null : GovEconomicCode.of(gov),
        dept == null ? null : DeptEconomicCode.of(dept),
        ExpenditureKind.valueOf(rs.getString("kind")),
        projectCode == null ? null : new ProjectRef(projectCode, rs.getString("project_name")),
        FundSource.valueOf(rs.getString("fund_source")));
  }

  static IncomeKey incomeKey(ResultSet rs) throws SQLException {
    return new IncomeKey(
        UnitCode.of(rs.getString("unit_code")),
        FundSource.valueOf(rs.getString("fund_source")),
        Origin.valueOf(rs.getString("origin")));
  }

  /** The earmark of an income row, null for none (and for every leg stored before earmarks). */
  static IncomeEarmark earmark(ResultSet rs) throws SQLException {
    String earmark = rs.getString("income_earmark");
    return earmark == null ? null : IncomeEarmark.valueOf(earmark);
  }

  static LegRow legRow(ResultSet rs, int rowNum) throws SQLException {
    boolean spending = "SPENDING".equals(rs.getString("side"));
    Timestamp recorded = rs.getTimestamp("recorded_at");
    return new LegRow(
        rs.getString("event_id"),
        rs.getInt("leg_no"),
        rs.getLong("global_index"),
        rs.getString("budget_id"),
        rs.getString("entry_id"),
        EntryType.valueOf(rs.getString("entry_type")),
        spending ? lineKey(rs) : null,
        spending ? null : incomeKey(rs),
        rs.getLong("amount_fen"),
        rs.getObject("effective_date", java.time.LocalDate.class),
        recorded.toInstant(),
        rs.getString("actor"),
        rs.getString("basis_document"),
        rs.getString("basis_number"),
        rs.getString("reason"),
        rs.getString("reversed_entry_id"),
        rs.getString("derivation_rule"),
        rs.getString("derivation_note"),
        spending ? null : earmark(rs));
  }
}
