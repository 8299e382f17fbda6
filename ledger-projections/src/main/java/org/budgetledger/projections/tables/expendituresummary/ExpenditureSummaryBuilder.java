package org.budgetledger.projections.tables.expendituresummary;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 支出总表 (district 预算03表 支出预算总表, municipal 预算03表): every spending line of every fund source, one row
 * per function × 政府支出经济分类 × 部门支出经济分类, sorted by those codes.
 *
 * <p>Row keys: {@code <function>|<gov econ>|<dept econ>} (e.g. {@code 2101501|50101|30101}); a line
 * the source gave without economic codes has its own row {@code <function>|-|-}, labelled {@code
 * 210-卫生健康支出（明细未列示）}; the 合 计 row is {@code total}. Columns: {@code function}, {@code govEconomic},
 * {@code deptEconomic} (code-name text), {@code total} = {@code basic} + {@code project}, and the
 * 其中 columns {@code operating} (事业单位经营支出), {@code remitted} (上缴上级支出), {@code affiliateSubsidy}
 * (对附属单位补助支出), zero until the ledger models them. Rows whose figures are all zero are left out, as
 * the published tables do.
 */
@Component
public class ExpenditureSummaryBuilder implements DisclosureTableBuilder {
  private static final String NOT_MODELLED = "其中栏：账本尚未记录事业单位经营支出、上缴上级支出、对附属单位补助支出（为零）";

  @Override
  public TableKind kind() {
    return TableKind.EXPENDITURE_SUMMARY;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    boolean reserve = Cells.holdsReserve(view);
    List<TableRow> rows = new ArrayList<>();
    view.lines().stream()
        .map(LineBalance::key)
        .map(DetailKey::of)
        .distinct()
        .sorted(DetailKey.ORDER)
        .map(key -> detail(view, reserve, key))
        .filter(row -> row.cells().stream().anyMatch(c -> c.isMoney() && !c.amount().isZero()))
        .forEach(rows::add);
    rows.add(
        new TableRow(
            "total",
            RowType.TOTAL,
            figures(
                view,
                reserve,
                LegFilter.spending(),
                Cells.text("function", TableFrame.TOTAL_LABEL),
                Cells.text("govEconomic", ""),
                Cells.text("deptEconomic", ""))));
    return TableFrame.table(view, kind(), header(view), columns(view), rows, List.of());
  }

  private TableRow detail(BudgetView view, boolean reserve, DetailKey key) {
    TableCell function =
        key.unclassified()
            ? Cells.text(
                "function", CodeLabels.function(view, key.function()) + CodeLabels.UNDETAILED)
            : Cells.text("function", CodeLabels.function(view, key.function()));
    TableCell gov =
        Cells.text("govEconomic", key.gov() == null ? "" : CodeLabels.govEconomic(view, key.gov()));
    TableCell dept =
        Cells.text(
            "deptEconomic", key.dept() == null ? "" : CodeLabels.deptEconomic(view, key.dept()));
    return new TableRow(
        key.rowKey(), RowType.DETAIL, figures(view, reserve, key.filter(), function, gov, dept));
  }

  private List<TableCell> figures(
      BudgetView view, boolean reserve, LegFilter row, TableCell... labels) {
    List<TableCell> cells = new ArrayList<>(List.of(labels));
    cells.add(Cells.legs("total", view, row));
    cells.add(
        Cells.legs(
            "basic",
            view,
            row.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC)));
    cells.add(Cells.legs("project", view, row.kinds(ExpenditureKind.PROJECT)));
    if (reserve) {
      cells.add(Cells.reserve(view, row));
    }
    cells.add(Cells.notModelled("operating", NOT_MODELLED));
    cells.add(Cells.notModelled("remitted", NOT_MODELLED));
    cells.add(Cells.notModelled("affiliateSubsidy", NOT_MODELLED));
    return cells;
  }

  private static List<List<HeaderCell>> header(BudgetView view) {
    String dept = TableFrame.isDistrict(view) ? "部门（单位）支出经济分类科目" : "部门支出经济分类科目";
    return List.of(
        List.of(
            TableFrame.span("支出功能分类科目", 1, 2),
            TableFrame.span("政府支出经济分类科目", 1, 2),
            TableFrame.span(dept, 1, 2),
            TableFrame.span("合计", 1, 2),
            TableFrame.span("基本支出", 1, 2),
            TableFrame.span("项目支出", 1, 2),
            TableFrame.span("其中", 3, 1)),
        List.of(HeaderCell.of("事业单位经营支出"), HeaderCell.of("上缴上级支出"), HeaderCell.of("对附属单位补助支出")));
  }

  private static List<Column> columns(BudgetView view) {
    return List.of(
        new Column("function", "支出功能分类科目"),
        new Column("govEconomic", "政府支出经济分类科目"),
        new Column("deptEconomic", TableFrame.isDistrict(view) ? "部门（单位）支出经济分类科目" : "部门支出经济分类科目"),
        new Column("total", "合计"),
        new Column("basic", "基本支出"),
        new Column("project", "项目支出"),
        new Column("operating", "事业单位经营支出"),
        new Column("remitted", "上缴上级支出"),
        new Column("affiliateSubsidy", "对附属单位补助支出"));
  }
}
