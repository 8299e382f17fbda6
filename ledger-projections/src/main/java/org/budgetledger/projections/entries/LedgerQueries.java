package org.budgetledger.projections.entries;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.slot.LiveSlotReader;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Bitemporal questions to the entries read model: balances of a department budget as of a recorded
 * instant and an effective date, grouped by any line-key fields, and the legs behind a cell.
 */
@Service
public class LedgerQueries {
  private static final String LINE_COLUMNS =
      "unit_code, function_code, gov_economic,"
          + " dept_economic, kind, project_code, project_name, fund_source";
  private final JdbcTemplate jdbc;
  private final LiveSlotReader live;

  public LedgerQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.live = new LiveSlotReader(jdbc);
  }

  /** The balance of every spending line with a non-zero balance. */
  public List<LineBalance> lineBalances(BudgetId budget, PointInTime at) {
    return live.read(slot -> lineBalances(slot, budget, at));
  }

  private List<LineBalance> lineBalances(ReadModelSlot slot, BudgetId budget, PointInTime at) {
    List<Object> args = new ArrayList<>(List.of(budget.toString()));
    String sql =
        "SELECT "
            + LINE_COLUMNS
            + ", SUM(amount_fen) AS amount FROM "
            + slot.legTable()
            + " WHERE budget_id = ? AND side = 'SPENDING'"
            + PointInTimeSql.where(at, args)
            + " GROUP BY "
            + LINE_COLUMNS
            + " HAVING SUM(amount_fen) <> 0";
    return jdbc.query(
        sql,
        (rs, n) -> new LineBalance(LegTable.lineKey(rs), Fen.of(rs.getLong("amount"))),
        args.toArray());
  }

  /** The balance of every income source with a non-zero balance. */
  public List<IncomeBalance> incomeBalances(BudgetId budget, PointInTime at) {
    return live.read(slot -> incomeBalances(slot, budget, at));
  }

  private List<IncomeBalance> incomeBalances(ReadModelSlot slot, BudgetId budget, PointInTime at) {
    List<Object> args = new ArrayList<>(List.of(budget.toString()));
    String sql =
        "SELECT unit_code, fund_source, origin, income_earmark, SUM(amount_fen) AS amount"
            + " FROM "
            + slot.legTable()
            + " WHERE budget_id = ? AND side = 'INCOME'"
            + PointInTimeSql.where(at, args)
            + " GROUP BY unit_code, fund_source, origin, income_earmark"
            + " HAVING SUM(amount_fen) <> 0";
    return jdbc.query(
        sql,
        (rs, n) ->
            new IncomeBalance(
                LegTable.incomeKey(rs), Fen.of(rs.getLong("amount")), LegTable.earmark(rs)),
        args.toArray());
  }

  /** Balances of the legs a filter selects, grouped by the given fields (none: one total). */
  public List<GroupedBalance> balances(
      BudgetId budget, LegFilter filter, List<LineField> groupBy, PointInTime at) {
    return live.read(slot -> balances(slot, budget, filter, groupBy, at));
  }

  private List<GroupedBalance> balances(
      ReadModelSlot slot,
      BudgetId budget,
      LegFilter filter,
      List<LineField> groupBy,
      PointInTime at) {
    List<Object> args = new ArrayList<>(List.of(budget.toString()));
    String columns = groupBy.stream().map(LineField::column).collect(Collectors.joining(", "));
    String sql =
        "SELECT "
            + (columns.isEmpty() ? "" : columns + ", ")
            + "SUM(amount_fen) AS amount FROM "
            + slot.legTable()
            + " WHERE budget_id = ?"
            + LegFilterSql.where(filter, args)
            + PointInTimeSql.where(at, args)
            + (columns.isEmpty() ? "" : " GROUP BY " + columns + " ORDER BY " + columns);
    return jdbc.query(
        sql,
        (rs, n) -> {
          Map<LineField, String> group = new EnumMap<>(LineField.class);
          for (LineField field : groupBy) {
            group.put(field, rs.getString(field.column()));
          }
          return new GroupedBalance(group, Fen.of(rs.getLong("amount")));
        },
        args.toArray());
  }

  /** Every leg a filter selects at a point in time, in effective then recorded order. */
  public List<LegRow> legs(BudgetId budget, LegFilter filter, PointInTime at) {
    return live.read(slot -> legs(slot, budget, filter, at));
  }

  private List<LegRow> legs(ReadModelSlot slot, BudgetId budget, LegFilter filter, PointInTime at) {
    List<Object> args = new ArrayList<>(List.of(budget.toString()));
    String sql =
        "SELECT "
            + LegTable.COLUMNS
            + " FROM "
            + slot.legTable()
            + " WHERE budget_id = ?"
            + LegFilterSql.where(filter, args)
            + PointInTimeSql.where(at, args)
            + " ORDER BY effective_date, global_index, leg_no";
    return jdbc.query(sql, LegTable::legRow, args.toArray());
  }

  /** Every leg of one entry. */
  public List<LegRow> entry(BudgetId budget, String entryId) {
    return live.read(slot -> entry(slot, budget, entryId));
  }

  private List<LegRow> entry(ReadModelSlot slot, BudgetId budget, String entryId) {
    return jdbc.query(
        "SELECT "
            + LegTable.COLUMNS
            + " FROM "
            + slot.legTable()
            + " WHERE budget_id = ?"
            + " AND entry_id = ? ORDER BY leg_no",
        LegTable::legRow,
        budget.toString(),
        entryId);
  }
}
