package org.budgetledger.projections.checks;

import static org.budgetledger.projections.tables.TableKind.FISCAL_APPROPRIATION_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.INCOME_EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.INCOME_SUMMARY;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.projections.reconciliation.Figures;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.TableKind;

/**
 * The table rules of DOMAIN §5 read the 收支总表 as the Beijing profile prints it. Other layouts the
 * families print are read here from the figures themselves, never from a family's name (income rows
 * printed below 本年收入合计, as Shandong's documents print 上级补助收入, are the rules' own matter: {@code
 * Figures.incomeRowsBelowSubtotal}):
 *
 * <ul>
 *   <li>a 收支总表 printing one fiscal line (预算拨款, read as 一般公共预算) and no 政府性基金 or 国有资本经营 line: that
 *       line is all 财政拨款, so it is compared with the three sources of the other table;
 *   <li>a 收支总表 printing the fiscal subtotal (财政拨款 / 本级财政拨款收入, or a family's word for it such as
 *       Guangzhou's 预算拨款) and none of the three sources under it: the subtotal is compared with the
 *       three sources of the other table, which the rule of 一般公共预算 alone would find missing.
 * </ul>
 */
final class PrintedLayouts {
  private static final List<String> OTHER_FISCAL = List.of("GOVERNMENT_FUND", "STATE_CAPITAL");

  private PrintedLayouts() {}

  static List<RuleCheck> adapt(TableSet set, List<RuleCheck> rules) {
    Figures f = new Figures(set);
    boolean oneFiscalLine = oneFiscalLine(f);
    boolean subtotalOnly = fiscalSubtotalOnly(f);
    List<RuleCheck> out = new ArrayList<>(rules.size());
    for (RuleCheck check : rules) {
      String statement = check.statement();
      if (subtotalOnly && statement.equals("收入总表 一般公共预算 = 收支总表 对应收入")) {
        out.add(againstSubtotal(f, allFiscal(f, check, INCOME_SUMMARY, s -> "total", s -> s)));
      } else if (oneFiscalLine && statement.equals("收入总表 一般公共预算 = 收支总表 对应收入")) {
        out.add(allFiscal(f, check, INCOME_SUMMARY, s -> "total", s -> s));
      } else if (oneFiscalLine && statement.equals("财政拨款收支总表 一般公共预算 = 收支总表 对应收入")) {
        out.add(
            allFiscal(f, check, FISCAL_APPROPRIATION_SUMMARY, s -> "income:" + s, s -> "income"));
      } else {
        out.add(check);
      }
    }
    return out;
  }

  /** 收支总表 prints a fiscal line but neither 政府性基金 nor 国有资本经营 (not even as 0). */
  private static boolean oneFiscalLine(Figures f) {
    return f.has(INCOME_EXPENDITURE_SUMMARY)
        && !f.rows(INCOME_EXPENDITURE_SUMMARY, r -> r.key().equals("income:GENERAL_BUDGET"))
            .isEmpty()
        && f.rows(
                INCOME_EXPENDITURE_SUMMARY,
                r -> OTHER_FISCAL.stream().anyMatch(s -> r.key().equals("income:" + s)))
            .isEmpty();
  }

  /** 收支总表 prints the fiscal subtotal and none of 一般公共预算, 政府性基金, 国有资本经营. */
  private static boolean fiscalSubtotalOnly(Figures f) {
    return f.has(INCOME_EXPENDITURE_SUMMARY)
        && !f.rows(
                INCOME_EXPENDITURE_SUMMARY, r -> r.key().equals(PrintedBalanceRows.FISCAL_INCOME))
            .isEmpty()
        && f.rows(
                INCOME_EXPENDITURE_SUMMARY,
                r ->
                    r.key().equals("income:GENERAL_BUDGET")
                        || OTHER_FISCAL.stream().anyMatch(s -> r.key().equals("income:" + s)))
            .isEmpty();
  }

  private static RuleCheck againstSubtotal(Figures f, RuleCheck check) {
    return RuleCheck.of(
        check.rule(),
        check.statement(),
        check.leftFigures(),
        List.of(f.of(INCOME_EXPENDITURE_SUMMARY, PrintedBalanceRows.FISCAL_INCOME, "income")));
  }

  private static RuleCheck allFiscal(
      Figures f,
      RuleCheck check,
      TableKind table,
      java.util.function.UnaryOperator<String> row,
      java.util.function.UnaryOperator<String> column) {
    if (!f.has(table)) {
      return check;
    }
    List<RuleFigure> left = new ArrayList<>(check.leftFigures());
    for (String source : OTHER_FISCAL) {
      RuleFigure other = f.of(table, row.apply(source), column.apply(source));
      if (!other.amount().isZero()) {
        left.add(other);
      }
    }
    return RuleCheck.of(check.rule(), check.statement(), left, check.rightFigures());
  }
}
