package org.budgetledger.projections.reconciliation;

import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;

/**
 * The report as plain text, in Chinese, with figures in the document's unit: 万元 at the document's
 * decimals (exact rebuilt figures and differences at 6, so nothing is hidden by rounding the report
 * itself), 元 exact at 2. A cell finding of a table in 元 is in 元 and says so; a rule's sides,
 * difference and tolerance are in the unit of the document's 收支总表.
 */
public final class ReportText {
  private ReportText() {}

  public static String render(ReconciliationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("勾稽核对报告  预算 ")
        .append(report.budgetId())
        .append("  文件 ")
        .append(report.documentFile())
        .append('\n');
    out.append("账本时点：")
        .append(report.pointInTime())
        .append("；公开文本小数位：")
        .append(report.decimals())
        .append("；金额单位：")
        .append(report.unit().label())
        .append(
            report.unit() == MoneyUnit.WAN_YUAN
                    && report.comparison().findings().stream()
                        .anyMatch(f -> f.unit() == MoneyUnit.YUAN)
                ? "，注明“金额单位：元”的差异以元计\n\n"
                : "\n\n");
    out.append("一、逐格比对\n");
    for (TableTally tally : report.comparison().tallies()) {
      out.append("  ")
          .append(tally.tableNumber())
          .append(' ')
          .append(tally.tableTitle())
          .append("：");
      for (CellStatus status : CellStatus.values()) {
        out.append(status.chinese()).append(' ').append(tally.count(status)).append("  ");
      }
      out.append('\n');
    }
    for (CellFinding f : report.comparison().findings()) {
      out.append("  [")
          .append(f.status().chinese())
          .append("] ")
          .append(f.tableNumber())
          .append(' ')
          .append(f.rowLabel().isEmpty() ? f.rowKey() : f.rowLabel())
          .append(" / ")
          .append(f.columnLabel())
          .append("（")
          .append(f.rowKey())
          .append(" | ")
          .append(f.columnKey())
          .append("）公开：")
          .append(f.publishedText().isEmpty() ? "—" : f.publishedText())
          .append(f.lineNo() > 0 ? "（第 " + f.lineNo() + " 行）" : "")
          .append("；账本：")
          .append(f.rebuiltText().isEmpty() ? "—" : f.rebuiltText());
      if (f.difference() != null) {
        out.append("；差额 ").append(f.differenceText());
      }
      if (f.unit() != report.unit()) {
        out.append("；金额单位：").append(f.unit().label());
      }
      if (!f.note().isEmpty()) {
        out.append("；").append(f.note());
      }
      out.append('\n');
    }
    rules(out, "二、公开表勾稽关系", report.publishedRules(), report.decimals(), report.unit());
    rules(out, "三、账本重建表勾稽关系", report.rebuiltRules(), 6, report.unit());
    return out.toString();
  }

  private static void rules(
      StringBuilder out, String title, List<RuleCheck> checks, int decimals, MoneyUnit unit) {
    out.append('\n').append(title).append('\n');
    for (RuleCheck c : checks) {
      out.append("  规则")
          .append(c.rule())
          .append(" [")
          .append(c.status().chinese())
          .append("] ")
          .append(c.statement());
      if (!c.note().isEmpty()) {
        out.append("：").append(c.note()).append('\n');
        continue;
      }
      out.append("：")
          .append(amount(c.left(), decimals, unit))
          .append(" 对 ")
          .append(amount(c.right(), decimals, unit));
      if (c.status() != RuleStatus.PASS) {
        out.append("，差额 ").append(unit.exact(c.difference()));
      }
      if (c.status() == RuleStatus.ROUNDING) {
        out.append("（")
            .append(c.roundedTerms())
            .append(" 个舍入数，容差 ")
            .append(unit.exact(c.toleranceFen()))
            .append("）");
      }
      out.append('\n');
      if (c.status() == RuleStatus.FAIL) {
        figures(out, "左", c.leftFigures(), decimals, unit);
        figures(out, "右", c.rightFigures(), decimals, unit);
      }
    }
  }

  /** The figures of a failed check; long sides are cut short, the JSON has them all. */
  private static void figures(
      StringBuilder out, String side, List<RuleFigure> figures, int decimals, MoneyUnit unit) {
    int shown = 0;
    for (RuleFigure f : figures) {
      if (f.amount().isZero()) {
        continue;
      }
      if (++shown > 8) {
        out.append("      ").append(side).append("：…… 共 ").append(figures.size()).append(" 项\n");
        return;
      }
      out.append("      ")
          .append(side)
          .append("：")
          .append(f.label())
          .append(' ')
          .append(amount(f.amount(), Math.max(decimals, f.decimals()), unit))
          .append(f.lineNo() > 0 ? "（第 " + f.lineNo() + " 行）" : "")
          .append('\n');
    }
  }

  /**
   * A rule's figure: 万元 at {@code decimals} (the places a document's figures are known to), 元 to
   * the fen, which a figure known to any places of 万元 fits without rounding.
   */
  static String amount(Fen amount, int decimals, MoneyUnit unit) {
    return unit == MoneyUnit.YUAN
        ? unit.exact(amount)
        : amount.formatWan(Math.min(Math.max(decimals, 0), 6));
  }
}
