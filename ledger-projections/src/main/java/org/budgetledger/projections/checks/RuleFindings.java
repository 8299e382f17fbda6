package org.budgetledger.projections.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.reconciliation.RuleText;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.TableKind;

/**
 * The reconciliation rules of DOMAIN §5 as findings: a rule whose figures lie in one table is a
 * check of that table's sums (family 1), one that spans tables an identity (family 2). Rules on
 * figures quoted in 情况说明 are left to {@link TextChecks}, which reads the text itself.
 */
final class RuleFindings {
  private static final RuleText STATEMENTS = new RuleText();

  /** Table names as the rule statements write them, longest first (收支总表 is in 财政拨款收支总表). */
  private static final List<String> TABLE_WORDS =
      List.of(
          "财政拨款收支总表",
          "一般公共预算支出表",
          "收支总表",
          "收入总表",
          "支出总表",
          "基本支出表",
          "部门整体绩效",
          "项目支出绩效",
          "“三公”经费",
          "政府采购",
          "政府购买服务");

  private RuleFindings() {}

  static boolean quotesText(RuleCheck check) {
    return figures(check).stream().anyMatch(f -> f.table() == null);
  }

  static boolean withinOneTable(RuleCheck check) {
    Set<TableKind> tables = new LinkedHashSet<>();
    figures(check).forEach(f -> tables.add(f.table()));
    if (!tables.isEmpty()) {
      return tables.size() == 1;
    }
    String statement = check.statement();
    int named = 0;
    for (String word : TABLE_WORDS) {
      if (statement.contains(word)) {
        named++;
        statement = statement.replace(word, "");
      }
    }
    return named <= 1;
  }

  static Finding finding(RuleCheck check, CheckKind kind, TableSet set) {
    List<CheckFigure> figures = new ArrayList<>();
    figures(check).forEach(f -> figures.add(figure(f, set)));
    Place place = figures.isEmpty() ? Place.DOCUMENT : figures.get(0).place();
    CheckStatus status = status(check.status());
    String message = message(check, set.documentUnit());
    // One side with no figure at all (a table, row or column absent or not read) against the other:
    // a missing figure and a wrong one cannot be told apart.
    if (status == CheckStatus.FAIL && (check.left().isZero() || check.right().isZero())) {
      status = CheckStatus.WARN;
      message += "一方全部为空（此项未列出或未能读出），无法判定。";
    }
    return new Finding(
        STATEMENTS.of(check),
        kind,
        status,
        message,
        place,
        figures,
        check.difference(),
        check.toleranceFen());
  }

  static CheckFigure figure(RuleFigure f, TableSet set) {
    Place place =
        f.table() == null
            ? Place.DOCUMENT
            : new Place(
                f.table(),
                set.number(f.table()) + " " + f.table().chinese(),
                f.rowKey(),
                f.columnKey(),
                f.lineNo(),
                0);
    return new CheckFigure(f.label(), f.amount(), f.decimals(), place);
  }

  private static List<RuleFigure> figures(RuleCheck check) {
    List<RuleFigure> all = new ArrayList<>(check.leftFigures());
    all.addAll(check.rightFigures());
    return all;
  }

  static CheckStatus status(RuleStatus status) {
    return switch (status) {
      case PASS -> CheckStatus.PASS;
      case ROUNDING -> CheckStatus.ROUNDING;
      case FAIL -> CheckStatus.FAIL;
    };
  }

  /**
   * The statement as the tables print it (row and column keys replaced by their labels), its sides,
   * difference and tolerance in the document's unit.
   */
  private static String message(RuleCheck check, MoneyUnit unit) {
    String statement = STATEMENTS.of(check);
    if (!check.note().isEmpty() && check.leftFigures().isEmpty()) {
      return statement + "：" + check.note() + "。";
    }
    String sides =
        "左方 " + Money.exact(check.left(), unit) + "，右方 " + Money.exact(check.right(), unit);
    return switch (check.status()) {
      case PASS -> statement + "：" + sides + "，相等。";
      case ROUNDING ->
          statement
              + "："
              + sides
              + "，相差 "
              + Money.exact(check.difference(), unit)
              + "，不超过 "
              + check.roundedTerms()
              + " 个舍入项的容差 "
              + Money.exact(Fen.of(check.toleranceFen()), unit)
              + "，属舍入差异。";
      case FAIL ->
          statement
              + "："
              + sides
              + "，相差 "
              + Money.exact(check.difference(), unit)
              + "，超出舍入容差 "
              + Money.exact(Fen.of(check.toleranceFen()), unit)
              + "，两者不符。";
    };
  }
}
