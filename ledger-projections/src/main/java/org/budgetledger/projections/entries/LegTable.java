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
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.core.model.UnitCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code ledger_entry_leg} table: writes of the projector, reads of the queries. */
@Repository
public class LegTable {
  static final String COLUMNS = "event_id, leg_no, global_index, budget_id, entry_id, entry_type,"
      + " side, unit_code, function_code, gov_economic, dept_economic, kind, project_code,"
      + " project_name, fund_source, origin, amount_fen, effective_date, recorded_at, actor,"
      + " basis_document, basis_number, reason, reversed_entry_id, derivation_rule,"
      + " derivation_note";
  private static final String INSERT = "INSERT INTO ledger_entry_leg (" + COLUMNS
      + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
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
   * Replaces the rows of many events in a few statements: one DELETE per {@value #CHUNK} events
   * and one JDBC batch of INSERTs. A projector flushes a processing batch this way; one DELETE and
   * one INSERT per event cost two round trips each and bounded the rebuild.
   */
  public void replaceAll(Map<String, List<LegRow>> rowsByEvent) {
    List<String> events = new ArrayList<>(rowsByEvent.keySet());
    for (int i = 0; i < events.size(); i += CHUNK) {
      List<String> chunk = events.subList(i, Math.min(events.size(), i + CHUNK));
      jdbc.update("DELETE FROM ledger_entry_leg WHERE event_id IN ("
          + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray());
    }
    List<LegRow> rows = rowsByEvent.values().stream().flatMap(List::stream).toList();
    jdbc.batchUpdate(INSERT, rows, 1000, (ps, r) -> {
      LineKey line = r.line();
      IncomeKey income = r.income();
      ps.setString(1, r.eventId());
      ps.setInt(2, r.legNo());
      ps.setLong(3, r.globalIndex());
      ps.setString(4, r.budgetId());
      ps.setString(5, r.entryId());
      ps.setString(6, r.entryType().name());
      ps.setString(7, line != null ? "SPENDING" : "INCOME");
      ps.setString(8, line != null ? line.unit().value() : income.unit().value());
      ps.setString(9, line != null ? line.function().value() : null);
      ps.setString(10, line != null && line.govEconomic() != null ? line.govEconomic().value() : null);
      ps.setString(11, line != null && line.deptEconomic() != null ? line.deptEconomic().value() : null);
      ps.setString(12, line != null ? line.kind().name() : null);
      ps.setString(13, line != null && line.project() != null ? line.project().code() : null);
      ps.setString(14, line != null && line.project() != null ? line.project().name() : null);
      ps.setString(15, line != null ? line.fundSource().name() : income.fundSource().name());
      ps.setString(16, income != null ? income.origin().name() : null);
      ps.setLong(17, r.amountFen());
      ps.setObject(18, r.effectiveDate());
      ps.setObject(19, r.recordedAt().atOffset(ZoneOffset.UTC));
      ps.setString(20, r.actor());
      ps.setString(21, r.basisDocument());
      ps.setString(22, r.basisNumber());
      ps.setString(23, r.reason());
      ps.setString(24, r.reversedEntryId());
      ps.setString(25, r.derivationRule());
      ps.setString(26, r.derivationNote());
    });
  }

  public void deleteAll() {
    jdbc.update("DELETE FROM ledger_entry_leg");
  }

  static LineKey lineKey(ResultSet rs) throws SQLException {
    String gov = rs.getString("gov_economic");
    String dept = rs.getString("dept_economic");
    String projectCode = rs.getString("project_code");
    return new LineKey(UnitCode.of(rs.getString("unit_code")),
        FunctionCode.of(rs.getString("function_code")),
        gov == null ? null : GovEconomicCode.of(gov), dept == null ? null : DeptEconomicCode.of(dept),
        ExpenditureKind.valueOf(rs.getString("kind")),
        projectCode == null ? null : new ProjectRef(projectCode, rs.getString("project_name")),
        FundSource.valueOf(rs.getString("fund_source")));
  }

  static IncomeKey incomeKey(ResultSet rs) throws SQLException {
    return new IncomeKey(UnitCode.of(rs.getString("unit_code")),
        FundSource.valueOf(rs.getString("fund_source")), Origin.valueOf(rs.getString("origin")));
  }

  static LegRow legRow(ResultSet rs, int rowNum) throws SQLException {
    boolean spending = "SPENDING".equals(rs.getString("side"));
    Timestamp recorded = rs.getTimestamp("recorded_at");
    return new LegRow(rs.getString("event_id"), rs.getInt("leg_no"), rs.getLong("global_index"),
        rs.getString("budget_id"), rs.getString("entry_id"),
        EntryType.valueOf(rs.getString("entry_type")), spending ? lineKey(rs) : null,
        spending ? null : incomeKey(rs), rs.getLong("amount_fen"),
        rs.getObject("effective_date", java.time.LocalDate.class), recorded.toInstant(),
        rs.getString("actor"), rs.getString("basis_document"), rs.getString("basis_number"),
        rs.getString("reason"), rs.getString("reversed_entry_id"),
        rs.getString("derivation_rule"), rs.getString("derivation_note"));
  }
}
