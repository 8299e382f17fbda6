package org.budgetledger.projections.tables.generalbudgetexpenditure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Unit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 一般公共预算财政拨款支出表 (district 预算06表, municipal 预算05表 一般公共预算支出表): spending funded by 一般公共预算, one row per
 * unit × function, basic split into 人员经费 and 公用经费, and project.
 *
 * <p>Row keys {@code <unit>|<function>} (e.g. {@code 201001|2101501}), in unit then function order
 * (the published tables list units in their own order, the municipal one without naming them), and
 * {@code total}. Columns: {@code unit} (district only, {@code 201001-…本级}), {@code functionCode},
 * {@code functionName}, {@code total} = {@code basic} + {@code project}, {@code basic} = {@code
 * personnel} + {@code public}, {@code projectExcludingCapital} (扣除基建项目后预算数), equal to {@code
 * project} until the ledger marks 基建 projects. A function code coarser than 项 is spending the
 * source gave without detail and is labelled so.
 */
@Component
public class GeneralBudgetExpenditureBuilder implements DisclosureTableBuilder {

  @Override
  public TableKind kind() {
    return TableKind.GENERAL_BUDGET_EXPENDITURE;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    return byUnit(view, kind(), LegFilter.spending().fundSources(FundSource.GENERAL_BUDGET));
  }

  /**
   * The table of {@code kind} over the spending {@code general} selects, in this layout: a row per
   * unit × function (支出总表 by unit takes every fund's).
   */
  public static DisclosureTable byUnit(BudgetView view, TableKind kind, LegFilter general) {
    boolean district = TableFrame.isDistrict(view);
    boolean reserve = Cells.holdsReserve(view);
    List<TableRow> rows = new ArrayList<>();
    view.lines().stream()
        .map(LineBalance::key)
        .filter(general::matches)
        .map(k -> List.of(k.unit().value(), k.function().value()))
        .distinct()
        .sorted(
            Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1)))
        .forEach(
            p -> {
              List<TableCell> labels = new ArrayList<>();
              if (district) {
                labels.add(Cells.text("unit", unitLabel(view, p.get(0))));
              }
              labels.add(Cells.text("functionCode", p.get(1)));
              labels.add(
                  Cells.text(
                      "functionName",
                      CodeLabels.functionName(view, p.get(1))
                          + (p.get(1).length() < 7 ? CodeLabels.UNDETAILED : "")));
              TableRow row =
                  new TableRow(
                      p.get(0) + "|" + p.get(1),
                      RowType.DETAIL,
                      figures(
                          view,
                          reserve,
                          general.unit(p.get(0)).function(p.get(1)).exact(),
                          labels));
              if (row.cells().stream().anyMatch(c -> c.isMoney() && !c.amount().isZero())) {
                rows.add(row);
              }
            });
    List<TableCell> totalLabels = new ArrayList<>();
    if (district) {
      totalLabels.add(Cells.text("unit", ""));
    }
    totalLabels.add(Cells.text("functionCode", ""));
    totalLabels.add(Cells.text("functionName", TableFrame.TOTAL_LABEL));
    rows.add(new TableRow("total", RowType.TOTAL, figures(view, reserve, general, totalLabels)));
    return TableFrame.table(
        view,
        kind,
        GeneralBudgetExpenditureLayout.header(district),
        GeneralBudgetExpenditureLayout.columns(district),
        rows,
        List.of());
  }

  private static List<TableCell> figures(
      BudgetView view, boolean reserve, LegFilter row, List<TableCell> labels) {
    List<TableCell> cells = new ArrayList<>(labels);
    cells.add(Cells.legs("total", view, row));
    cells.add(
        Cells.legs(
            "basic",
            view,
            row.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC)));
    cells.add(Cells.legs("personnel", view, row.kinds(ExpenditureKind.BASIC_PERSONNEL)));
    cells.add(Cells.legs("public", view, row.kinds(ExpenditureKind.BASIC_PUBLIC)));
    cells.add(Cells.legs("project", view, row.kinds(ExpenditureKind.PROJECT)));
    cells.add(Cells.legs("projectExcludingCapital", view, row.kinds(ExpenditureKind.PROJECT)));
    if (reserve) {
      cells.add(Cells.reserve(view, row));
    }
    return cells;
  }

  private static String unitLabel(BudgetView view, String code) {
    return CodeLabels.join(
        code,
        view.header().units().stream()
            .filter(u -> u.code().value().equals(code))
            .map(Unit::name)
            .findFirst()
            .orElse(""));
  }
}
