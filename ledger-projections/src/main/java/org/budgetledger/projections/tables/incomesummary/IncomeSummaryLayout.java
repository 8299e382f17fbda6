package org.budgetledger.projections.tables.incomesummary;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.TableFrame;

/**
 * The two-level header of 收入总表: 本年收入 over ten columns, 上年结转结余 over six, then the earmarked parts
 * the budget holds and, where the family prints it, the 财政拨款 subtotal, each spanning both rows; a
 * table by unit has its 单位名称 first.
 */
final class IncomeSummaryLayout {
  private static final String FISCAL_LABEL = "财政拨款";
  private static final String UNIT_LABEL = "单位名称";

  private IncomeSummaryLayout() {}

  /** A column of the earmarked part of a source: {@code GENERAL_BUDGET:SPECIAL_FUNDS}. */
  record Earmark(FundSource source, IncomeEarmark earmark) {
    String key() {
      return source.name() + ":" + earmark.name();
    }

    String label() {
      return "其中：" + earmark.chinese();
    }
  }

  static List<List<HeaderCell>> header(
      boolean district,
      boolean byUnit,
      List<FundSource> current,
      List<FundSource> carried,
      List<Earmark> earmarks,
      boolean fiscal) {
    List<HeaderCell> top = new ArrayList<>();
    if (byUnit) {
      top.add(TableFrame.span(UNIT_LABEL, 1, 2));
    }
    if (district) {
      top.add(TableFrame.span("部门(单位)代码", 1, 2));
      top.add(TableFrame.span("部门(单位)名称", 1, 2));
    }
    top.add(TableFrame.span("合计", 1, 2));
    top.add(TableFrame.span("本年收入", 1 + current.size(), 1));
    top.add(TableFrame.span("上年结转结余", 1 + carried.size(), 1));
    earmarks.forEach(e -> top.add(TableFrame.span(e.label(), 1, 2)));
    if (fiscal) {
      top.add(TableFrame.span(FISCAL_LABEL, 1, 2));
    }
    List<String> spanning = new ArrayList<>(List.of("unit", "code", "name", "total"));
    earmarks.forEach(e -> spanning.add(e.key()));
    spanning.add(IncomeSummaryBuilder.FISCAL);
    List<HeaderCell> second =
        columns(district, byUnit, current, carried, earmarks, fiscal).stream()
            .filter(c -> !spanning.contains(c.key()))
            .map(c -> HeaderCell.of(c.label()))
            .toList();
    return List.of(top, second);
  }

  static List<Column> columns(
      boolean district,
      boolean byUnit,
      List<FundSource> current,
      List<FundSource> carried,
      List<Earmark> earmarks,
      boolean fiscal) {
    List<Column> columns = new ArrayList<>();
    if (byUnit) {
      columns.add(new Column("unit", UNIT_LABEL));
    }
    if (district) {
      columns.add(new Column("code", "部门(单位)代码"));
      columns.add(new Column("name", "部门(单位)名称"));
    }
    columns.add(new Column("total", "合计"));
    columns.add(new Column("currentYear", "小计"));
    for (FundSource source : current) {
      columns.add(new Column(source.name(), currentLabel(source, district)));
    }
    columns.add(new Column("carryOver", "小计"));
    for (FundSource source : carried) {
      columns.add(new Column("carryOver:" + source.name(), carryOverLabel(source)));
    }
    earmarks.forEach(e -> columns.add(new Column(e.key(), e.label())));
    if (fiscal) {
      columns.add(new Column(IncomeSummaryBuilder.FISCAL, FISCAL_LABEL));
    }
    return columns;
  }

  /** The district prints 国有资本经营资金 under 本年收入, both formats 预算资金 elsewhere. */
  private static String currentLabel(FundSource source, boolean district) {
    return switch (source) {
      case GENERAL_BUDGET, GOVERNMENT_FUND -> source.chinese() + "资金";
      case STATE_CAPITAL -> district ? "国有资本经营资金" : "国有资本经营预算资金";
      default -> source.chinese();
    };
  }

  private static String carryOverLabel(FundSource source) {
    return switch (source) {
      case GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL -> source.chinese() + "资金";
      default -> source.chinese();
    };
  }
}
