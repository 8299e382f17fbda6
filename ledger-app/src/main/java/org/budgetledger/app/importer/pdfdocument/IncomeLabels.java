package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.core.model.FundSource;

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
    if (label.startsWith("财政拨款") && !label.contains("结转")) {
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

  /** The canonical words of a spending-side total: 支出总计 and 年终结转结余 as families word them. */
  static String spending(String printed) {
    String label = printed.replaceAll("\\s", "");
    return switch (label) {
      case "支出合计", "支出总计", "总计" -> "支出总计";
      case "结转下年", "结转下年支出", "年末结转结余", "年终结转结余" -> "年终结转结余";
      default -> printed;
    };
  }

  private static Optional<FundSource> source(String measure) {
    try {
      return Optional.of(FundSource.valueOf(measure));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
