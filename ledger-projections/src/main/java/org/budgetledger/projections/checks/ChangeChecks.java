package org.budgetledger.projections.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleFigure;

/**
 * Family 4, changes and shares recomputed from the figures the sentence itself quotes: "X 万元，比 2025
 * 年 P 万元增加 C 万元，增长 R%" must have the direction of X − P, C = X − P and R = C / P; "占 S%" must be
 * the item over the total it is part of. With the ledger's own budget of the year before, the
 * quoted P is checked against it too.
 */
final class ChangeChecks {
  private static final Pattern DIRECTION = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低|持平)");
  private static final Pattern ENDS_WITH_DIRECTION = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低)了?$");
  private static final Pattern RATE =
      Pattern.compile("^[，,]?\\s*(增加|增长|上升|提高|减少|下降|降低)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");
  private static final Pattern SHARE =
      Pattern.compile("^[，,]?\\s*占(比)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");

  private ChangeChecks() {}

  static void run(CheckedDocument document, List<Paragraph> paragraphs, List<Finding> out) {
    Quote lastTotal = null;
    for (Paragraph paragraph : paragraphs) {
      List<Quote> quotes = Quotes.in(paragraph);
      Quote current = null;
      Quote total = lastTotal;
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        if (!q.comparison()) {
          if (q.listId() == 0) {
            total = q;
          }
          current = q;
          share(q, q.listId() > 0 ? total : null, out);
          continue;
        }
        if (current == null || !q.sentence().equals(current.sentence())) {
          continue;
        }
        if (isChange(q)) {
          changeOnly(subject(current, total, q), q, out);
          continue;
        }
        Quote change =
            i + 1 < quotes.size()
                    && quotes.get(i + 1).comparison()
                    && quotes.get(i + 1).clause().equals(q.clause())
                    && isChange(quotes.get(i + 1))
                ? quotes.get(i + 1)
                : null;
        change(document, current, q, change, out);
        if (change != null) {
          i++;
        }
      }
      lastTotal = total;
    }
  }

  /**
   * What a change quoted after the last item of a list refers to: the item ("基本支出 X 万元，比 上年增加 C")
   * or, when that reading gives a rate the sentence does not print and the list's total gives it,
   * the total ("其中 … 上年结转 Y 万元，较上年减少 C 万元，下降 R%" speaks of the total).
   */
  private static Quote subject(Quote current, Quote total, Quote change) {
    if (current.listId() <= 0 || total == null || total == current) {
      return current;
    }
    return rateStatus(current, change) == CheckStatus.FAIL
            && rateStatus(total, change) != CheckStatus.FAIL
        ? total
        : current;
  }

  private static CheckStatus rateStatus(Quote current, Quote change) {
    Matcher rate = rateAfter(change);
    if (rate == null) {
      return CheckStatus.PASS;
    }
    Fen previous =
        downward(change)
            ? current.amount().plus(change.amount())
            : current.amount().minus(change.amount());
    return Percentages.judge(
        new BigDecimal(rate.group(2)),
        change.amount(),
        change.decimals(),
        previous,
        Math.min(current.decimals(), change.decimals()));
  }

  private static boolean downward(Quote change) {
    Matcher word = ENDS_WITH_DIRECTION.matcher(change.label());
    return word.find() && word.group(1).matches("减少|下降|降低");
  }

  private static Matcher rateAfter(Quote change) {
    String text = change.paragraph().text();
    Matcher rate = RATE.matcher(text);
    rate.region(Quotes.clauseEnd(text, change.offset()), text.length());
    return rate.find() ? rate : null;
  }

  /** "比上年减少 X 万元": the amount follows the direction word; it is the change itself. */
  static boolean isChange(Quote q) {
    return ENDS_WITH_DIRECTION.matcher(q.label()).find();
  }

  /**
   * A change quoted without last year's figure: last year is this year minus the change, so only
   * the rate can be checked ("比上年减少 6.94 万元，下降 2.04%": 6.94 / (334.21 + 6.94)).
   */
  private static void changeOnly(Quote current, Quote change, List<Finding> out) {
    boolean down = downward(change);
    Fen previous =
        down ? current.amount().plus(change.amount()) : current.amount().minus(change.amount());
    Quote derived =
        new Quote(
            "上年（本年 " + (down ? "+ " : "− ") + "增减额）",
            "",
            previous,
            Math.min(current.decimals(), change.decimals()),
            current.unit(),
            // As the text would print it: in the unit of its quotes, at their decimals.
            Money.digits(
                previous,
                Math.min(current.decimals(), change.decimals()),
                MoneyUnit.named(current.unit())),
            change.clause(),
            change.sentence(),
            change.paragraph(),
            change.offset(),
            true,
            0);
    rate(change, derived, down ? change.amount().negate() : change.amount(), out);
  }

  private static void change(
      CheckedDocument document, Quote current, Quote previous, Quote change, List<Finding> out) {
    String text = previous.paragraph().text();
    int after = previous.offset() + previous.printed().length();
    Matcher word = DIRECTION.matcher(text);
    word.region(after, Math.min(text.length(), after + 12));
    String direction = word.find() ? word.group(1) : "";
    int sign = current.amount().compareTo(previous.amount());
    boolean up = direction.matches("增加|增长|上升|提高");
    boolean down = direction.matches("减少|下降|降低");
    boolean flat = direction.equals("持平");
    String what =
        current.label()
            + " "
            + current.printed()
            + " "
            + current.unit()
            + " 比 "
            + previous.label().replaceFirst("^(比|较|与|同)", "")
            + " "
            + previous.printed()
            + " "
            + previous.unit();
    List<CheckFigure> figures = List.of(current.figure("本年"), previous.figure("上年"));
    if (!direction.isEmpty()) {
      boolean right = (up && sign > 0) || (down && sign < 0) || (flat && sign == 0);
      out.add(
          new Finding(
              "增减方向",
              CheckKind.CHANGE,
              right ? CheckStatus.PASS : CheckStatus.FAIL,
              right
                  ? what + "，“" + direction + "”方向正确。"
                  : what
                      + "，实际"
                      + (sign > 0 ? "增加" : sign < 0 ? "减少" : "持平")
                      + "，文字却写“"
                      + direction
                      + "”。",
              current.place(),
              figures,
              current.amount().minus(previous.amount()),
              0));
    }
    if (change != null) {
      Fen signed = down ? change.amount().negate() : change.amount();
      RuleCheck check =
          RuleCheck.of(
              4,
              "增减额 = 本年 − 上年",
              List.of(TextChecks.quoteFigure(change, "增减额")),
              List.of(
                  TextChecks.quoteFigure(current, "本年"),
                  negated(TextChecks.quoteFigure(previous, "上年"))));
      if (down) {
        check =
            RuleCheck.of(
                4,
                "增减额 = 上年 − 本年",
                List.of(TextChecks.quoteFigure(change, "增减额")),
                List.of(
                    TextChecks.quoteFigure(previous, "上年"),
                    negated(TextChecks.quoteFigure(current, "本年"))));
      }
      CheckStatus status = RuleFindings.status(check.status());
      out.add(
          new Finding(
              "增减额重算",
              CheckKind.CHANGE,
              status,
              what
                  + "，文字所述增减 "
                  + change.printed()
                  + " "
                  + change.unit()
                  + "，重算为 "
                  + Money.exact(
                      current.amount().minus(previous.amount()).abs(),
                      document.tables().documentUnit())
                  + (status == CheckStatus.PASS
                      ? "，一致。"
                      : status == CheckStatus.ROUNDING ? "，差额在舍入范围内。" : "，不符。"),
              change.place(),
              List.of(change.figure("增减额"), current.figure("本年"), previous.figure("上年")),
              check.difference(),
              check.toleranceFen()));
      rate(change, previous, signed, out);
    }
    againstLedger(document, current, previous, out);
  }

  private static RuleFigure negated(RuleFigure f) {
    return new RuleFigure(
        f.table(),
        f.rowKey(),
        f.columnKey(),
        f.label(),
        f.amount().negate(),
        f.decimals(),
        f.lineNo());
  }

  private static void rate(Quote change, Quote previous, Fen signed, List<Finding> out) {
    Matcher rate = rateAfter(change);
    if (rate == null) {
      return;
    }
    BigDecimal printed = new BigDecimal(rate.group(2));
    CheckStatus status =
        Percentages.judge(
            printed, change.amount(), change.decimals(), previous.amount(), previous.decimals());
    out.add(
        new Finding(
            "增减率重算",
            CheckKind.CHANGE,
            status,
            "文字所述“"
                + rate.group(1)
                + printed.toPlainString()
                + "%”，按增减额 "
                + change.printed()
                + " "
                + change.unit()
                + " ÷ 上年 "
                + previous.printed()
                + " "
                + previous.unit()
                + " 重算为 "
                + verdict(printed, change.amount(), previous.amount(), status),
            change.place(),
            List.of(change.figure("增减额"), previous.figure("上年")),
            signed,
            0));
  }

  /** The ratio recomputed, two places finer than printed, and what the status says of it. */
  private static String verdict(
      BigDecimal printed, Fen numerator, Fen denominator, CheckStatus status) {
    BigDecimal exact = Percentages.percent(numerator, denominator);
    String recomputed =
        exact == null
            ? "无法计算（除数为零）"
            : exact.setScale(Math.max(printed.scale(), 0) + 2, RoundingMode.HALF_UP) + "%";
    return recomputed
        + switch (status) {
          case PASS -> "，一致。";
          case ROUNDING -> "，在两数舍入范围内。";
          case WARN -> "，文字为截断或两次舍入所得，不是四舍五入值，无法判定是否有误。";
          case FAIL -> "，不符。";
        };
  }

  private static void share(Quote item, Quote total, List<Finding> out) {
    if (total == null || total == item) {
      return;
    }
    String text = item.paragraph().text();
    Matcher share = SHARE.matcher(text);
    share.region(Quotes.clauseEnd(text, item.offset()), text.length());
    if (!share.find()) {
      return;
    }
    BigDecimal printed = new BigDecimal(share.group(2));
    CheckStatus status =
        Percentages.judge(
            printed, item.amount(), item.decimals(), total.amount(), total.decimals());
    out.add(
        new Finding(
            "占比重算",
            CheckKind.CHANGE,
            status,
            item.label()
                + " "
                + item.printed()
                + " "
                + item.unit()
                + "“占"
                + printed.toPlainString()
                + "%”，按总数 "
                + total.printed()
                + " "
                + total.unit()
                + " 重算为 "
                + verdict(printed, item.amount(), total.amount(), status),
            item.place(),
            List.of(item.figure("分项"), total.figure("总数")),
            Fen.ZERO,
            0));
  }

  /** The quoted previous-year figure against the ledger's, when the ledger holds that year. */
  private static void againstLedger(
      CheckedDocument document, Quote current, Quote previous, List<Finding> out) {
    PreviousBudget ledger = document.previous();
    if (ledger == null || !previous.label().contains(String.valueOf(ledger.year()))) {
      return;
    }
    Optional<Fen> figure = ledgerFigure(ledger, current.label());
    figure.ifPresent(
        amount -> {
          RuleCheck check =
              RuleCheck.of(
                  4,
                  "上年数 = 账本上年预算",
                  List.of(TextChecks.quoteFigure(previous, "上年")),
                  List.of(
                      new RuleFigure(
                          null,
                          "ledger:" + ledger.year(),
                          "",
                          "账本 " + ledger.year() + " 年预算",
                          amount,
                          6,
                          0)));
          CheckStatus status = RuleFindings.status(check.status());
          out.add(
              new Finding(
                  "上年数与账本一致",
                  CheckKind.CHANGE,
                  status,
                  "文字所引"
                      + ledger.year()
                      + " 年数 "
                      + previous.printed()
                      + " "
                      + previous.unit()
                      + "，账本中该部门 "
                      + ledger.year()
                      + " 年预算为 "
                      + Money.exact(amount, document.tables().documentUnit())
                      + (status == CheckStatus.FAIL ? "，不符。" : "，一致。"),
                  previous.place(),
                  List.of(
                      previous.figure("上年"),
                      new CheckFigure("账本 " + ledger.year() + " 年预算", amount, 6, Place.DOCUMENT)),
                  check.difference(),
                  check.toleranceFen()));
        });
  }

  private static Optional<Fen> ledgerFigure(PreviousBudget ledger, String label) {
    if (label.endsWith("基本支出")) {
      return Optional.of(ledger.basic());
    }
    if (label.endsWith("项目支出")) {
      return Optional.of(ledger.project());
    }
    if (label.matches(".*收入(总)?预算(总额|数)?$")) {
      return Optional.of(ledger.incomeTotal());
    }
    if (label.matches(".*支出(总)?预算(总额|数)?$")) {
      return Optional.of(ledger.spendingTotal());
    }
    return Optional.empty();
  }
}
