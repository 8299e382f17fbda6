package org.budgetledger.projections.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleFigure;

/**
 * A table that prints last year's figure, this year's and the change checked against itself (family
 * 4, changes): 增减 = 本年 − 上年 for every printed triple, by rule 9's rounding (a 万元 figure at 2
 * decimals half a unit per rounded term, a 元 figure exact), and a printed 增长率 = 增减 ÷ 上年 to its
 * printed decimals. Last year's figure is not in the ledger, so this is what the document says of
 * itself, never a comparison with the ledger.
 */
public final class PriorYearChecks {
  public static final String CHANGE_RULE = "增减 = 本年 − 上年";
  public static final String RATE_RULE = "增减率 = 增减 ÷ 上年";

  private PriorYearChecks() {}

  /** One finding per printed change and one per printed rate, in the order printed. */
  public static List<Finding> judge(List<PrintedChange> changes) {
    List<Finding> out = new ArrayList<>();
    for (PrintedChange change : changes) {
      out.add(amount(change));
      if (change.rate() != null) {
        out.add(rate(change));
      }
    }
    return out;
  }

  /**
   * The findings with the passing ones of each table folded into one line, so that 400 cells that
   * hold do not bury the one that does not.
   */
  public static List<Finding> summarised(List<Finding> findings) {
    Map<String, Integer> passes = new LinkedHashMap<>();
    Map<String, Place> places = new LinkedHashMap<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.status() == CheckStatus.PASS) {
        String key = f.rule() + "|" + f.place().tableLabel();
        passes.merge(key, 1, Integer::sum);
        places.putIfAbsent(key, Place.table(f.place().table(), f.place().tableLabel()));
      } else {
        out.add(f);
      }
    }
    passes.forEach(
        (key, count) -> {
          String rule = key.substring(0, key.indexOf('|'));
          Place place = places.get(key);
          out.add(
              Finding.of(
                  rule,
                  CheckKind.CHANGE,
                  CheckStatus.PASS,
                  place.tableLabel() + "：逐格核对“" + rule + "” " + count + " 处，相符。",
                  place));
        });
    return out;
  }

  private static Finding amount(PrintedChange c) {
    RuleCheck check =
        RuleCheck.of(
            4,
            CHANGE_RULE,
            List.of(rule(c.change(), false)),
            List.of(rule(c.later(), false), rule(c.earlier(), true)));
    CheckStatus status = RuleFindings.status(check.status());
    Fen recomputed = c.later().amount().minus(c.earlier().amount());
    String message =
        where(c)
            + "：本年（"
            + c.later().label()
            + "）"
            + known(c.later(), c)
            + " − 上年（"
            + c.earlier().label()
            + "）"
            + known(c.earlier(), c)
            + " = "
            + Money.exact(recomputed, c.unit())
            + "，文件所印“"
            + c.change().label()
            + "”为 "
            + known(c.change(), c)
            + switch (status) {
              case PASS -> "，相符。";
              case ROUNDING ->
                  "，差 "
                      + Money.exact(check.difference(), c.unit())
                      + "，在舍入范围内（至多 "
                      + Money.exact(Fen.of(check.toleranceFen()), c.unit())
                      + "）。";
              default ->
                  "，差 "
                      + Money.exact(check.difference(), c.unit())
                      + (check.toleranceFen() == 0
                          ? "（精确数字，不容许差额）"
                          : "，超出舍入范围（至多 "
                              + Money.exact(Fen.of(check.toleranceFen()), c.unit())
                              + "）")
                      + "，不符：文件自身的增减数与其本年、上年数不一致。";
            };
    return new Finding(
        CHANGE_RULE,
        CheckKind.CHANGE,
        status,
        message,
        c.place(),
        List.of(c.change(), c.later(), c.earlier()),
        check.difference(),
        check.toleranceFen());
  }

  private static Finding rate(PrintedChange c) {
    PrintedRate rate = c.rate();
    CheckStatus status =
        Percentages.judge(
            rate.percent(),
            c.change().amount(),
            c.change().decimals(),
            c.earlier().amount(),
            c.earlier().decimals());
    BigDecimal exact = Percentages.percent(c.change().amount(), c.earlier().amount());
    String recomputed =
        exact == null
            ? "无法计算（上年为零）"
            : exact.setScale(Math.max(rate.percent().scale(), 0) + 2, RoundingMode.HALF_UP) + "%";
    return new Finding(
        RATE_RULE,
        CheckKind.CHANGE,
        status,
        where(c)
            + "：“"
            + rate.printed()
            + "”，按增减 "
            + known(c.change(), c)
            + " ÷ 上年 "
            + known(c.earlier(), c)
            + " 重算为 "
            + recomputed
            + switch (status) {
              case PASS -> "，相符。";
              case ROUNDING -> "，在两数舍入范围内。";
              case WARN -> exact == null ? "，无法判定。" : "，为截断或两次舍入所得，无法判定是否有误。";
              case FAIL -> "，不符。";
            },
        rate.place(),
        List.of(c.change(), c.earlier()),
        Fen.ZERO,
        0);
  }

  private static String where(PrintedChange c) {
    return c.place().describe();
  }

  private static String known(CheckFigure f, PrintedChange c) {
    return Money.known(f.amount(), f.decimals(), c.unit());
  }

  private static RuleFigure rule(CheckFigure f, boolean negated) {
    return new RuleFigure(
        f.place().table(),
        f.place().rowKey(),
        f.place().columnKey(),
        f.label(),
        negated ? f.amount().negate() : f.amount(),
        f.decimals(),
        f.place().lineNo());
  }
}
