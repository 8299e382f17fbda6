package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.tables.PrintedBalanceRows;

/**
 * The canonical words of income: a family's income row label ({@code 1、一般公共预算}, {@code 二、事业收入})
 * read through the measure vocabulary into the fund source's own name, which the parser and the
 * reconciliation key income by; and the canonical 收入总表 columns with the measure each reads.
 */
final class IncomeLabels {
  private static final Pattern ORDINAL =
      Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．])");

  /** One canonical 收入总表 column: its header words and the measure that fills it. */
  record Column(String header, String measure) {}

  static final List<Column> COLUMNS =
      List.of(
          new Column("本年收入小计", "currentYear"),
          new Column("一般公共预算资金", "GENERAL_BUDGET"),
          new Column("政府性基金预算资金", "GOVERNMENT_FUND"),
          new Column("国有资本经营预算资金", "STATE_CAPITAL"),
          new Column("财政专户管理资金", "FISCAL_SPECIAL_ACCOUNT"),
          new Column("事业收入", "BUSINESS_INCOME"),
          new Column("事业单位经营收入", "OPERATING_INCOME"),
          new Column("上级补助收入", "SUPERIOR_SUBSIDY"),
          new Column("附属单位上缴收入", "AFFILIATE_REMITTANCE"),
          new Column("其他收入", "OTHER_INCOME"),
          new Column("上年结转结余小计", "carryOver"),
          new Column("上年结转一般公共预算资金", "carryOver:GENERAL_BUDGET"),
          new Column("上年结转政府性基金预算资金", "carryOver:GOVERNMENT_FUND"),
          new Column("上年结转国有资本经营预算资金", "carryOver:STATE_CAPITAL"),
          new Column("上年结转财政专户管理资金", "carryOver:FISCAL_SPECIAL_ACCOUNT"),
          new Column("上年结转单位资金", "carryOver:UNIT_FUNDS"));

  /**
   * Canonical columns after {@link #COLUMNS}, rendered only where the table prints their measure (a
   * column before one printed is left blank, which reads as not printed): a part of a source the
   * document earmarks (其中：专项资金列入部门预算的项目 under 一般公共预算拨款), which is no source of its own; 上年实户资金余额, a
   * source only some families' 收入总表 print; and 财政拨款, the subtotal of the three fiscal sources
   * (Shanghai prints it without them).
   */
  static final List<Column> BEYOND =
      List.of(
          new Column("其中：专项资金列入部门预算的项目", "GENERAL_BUDGET:SPECIAL_FUNDS"),
          new Column("上年实户资金余额", "REAL_ACCOUNT_BALANCE"),
          new Column("财政拨款", IncomeLabels.FISCAL_MEASURE));

  private IncomeLabels() {}

  /**
   * The canonical label of an income row, or null for a subtotal of sources (财政拨款收入, the sum of the
   * 一般公共预算, 政府性基金 and 国有资本经营 rows below it). Totals keep their canonical words; a row the
   * vocabulary does not know keeps its printed words, so the parser reports it.
   */
  static String canonical(String printed, MeasureVocabulary vocabulary) {
    String label = ORDINAL.matcher(printed.replaceAll("\\s", "")).replaceFirst("");
    if (label.isEmpty()) {
      return "";
    }
    if (label.equals("收入总计") || label.equals("收入合计") || label.equals("总计")) {
      return "收入总计";
    }
    if (isFiscalSubtotal(label, vocabulary)) {
      return null;
    }
    Optional<String> measure = vocabulary.measure(List.of(label));
    if (measure.isEmpty()) {
      return label;
    }
    return switch (measure.get()) {
      case "currentYear" -> "本年收入合计";
      case "carryOver" -> "上年结转结余";
      case "total" -> "收入总计";
      default -> source(measure.get()).map(FundSource::chinese).orElse(label);
    };
  }

  /**
   * A subtotal of the fiscal sources (财政拨款, 财政拨款收入, 本级财政拨款收入, or words the profile maps to {@value
   * #FISCAL_MEASURE}): the sum of the 一般公共预算, 政府性基金 and 国有资本经营 rows, left out where they are
   * printed, else its only figure.
   */
  static boolean isFiscalSubtotal(String printed, MeasureVocabulary vocabulary) {
    String label =
        ORDINAL.matcher(printed.replaceAll("\\s", "")).replaceFirst("").replaceFirst("^本级", "");
    return label.startsWith("财政拨款") && !label.contains("结转")
        || vocabulary.measure(List.of(label)).filter(FISCAL_MEASURE::equals).isPresent();
  }

  /**
   * The measure a family's profile names its fiscal subtotal by where its words do not start with
   * 财政拨款 (Guangzhou's 预算拨款, which its note says covers 一般公共预算, 政府性基金 and 国有资本经营).
   */
  static final String FISCAL_MEASURE = "fiscal";

  /** The words the canonical 收支总表 names the fiscal subtotal by, where it is printed alone. */
  static final String FISCAL_SUBTOTAL = "财政拨款收入";

  /** Whether a canonical income label is one of the fiscal sources the subtotal sums. */
  static boolean isFiscalSource(String canonical) {
    return canonical != null
        && (canonical.equals(FundSource.GENERAL_BUDGET.chinese())
            || canonical.equals(FundSource.GOVERNMENT_FUND.chinese())
            || canonical.equals(FundSource.STATE_CAPITAL.chinese()));
  }

  /**
   * The canonical words of a spending-side row: 支出总计 and 年终结转结余 as families word them, a use (基本支出,
   * 项目支出, 经营支出 …) in the ledger's words where a family lists spending by use, the printed label
   * otherwise (a 类, or what the parser will report).
   */
  static String spending(String printed, MeasureVocabulary vocabulary) {
    String label = ORDINAL.matcher(printed.replaceAll("\\s", "")).replaceFirst("");
    switch (label) {
      case "支出合计", "支出总计", "总计" -> {
        return "支出总计";
      }
      case "结转下年", "结转下年支出", "年末结转结余", "年终结转结余", "结转结余下年" -> {
        return "年终结转结余";
      }
      default -> {}
    }
    Optional<String> measure = vocabulary.measure(List.of(label));
    if (measure.equals(Optional.of("currentYear"))) {
      return "本年支出合计";
    }
    if (measure.equals(Optional.of("carriedForward"))) {
      return "年终结转结余";
    }
    return measure
        .filter(PrintedBalanceRows.USES::containsKey)
        .map(PrintedBalanceRows.USES::get)
        .orElse(printed);
  }

  private static Optional<FundSource> source(String measure) {
    try {
      return Optional.of(FundSource.valueOf(measure));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
