package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 收支总表 and 财政拨款收支总表: four cells a row (income label, amount, spending label, amount). Totals
 * are told by their words with the ordinal removed, so {@code 一、本年收入} (district 财政拨款收支总表) and
 * {@code 本年收入合计} both read as income of the year; {@code 1、公共安全支出} (a family numbering its 类 in
 * digits) reads as 公共安全支出.
 */
final class IncomeExpenditureTableReader {
  private static final Pattern ORDINAL =
      Pattern.compile("^(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)]|(\\d{1,2})、)(.*)$");
  private static final Set<String> HEADER_WORDS = Set.of("收入", "支出", "项目", "预算数");

  private IncomeExpenditureTableReader() {}

  static IncomeExpenditureTable read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SummaryItem> income = new ArrayList<>();
    List<SummaryItem> carryOverByFund = new ArrayList<>();
    List<SummaryItem> spending = new ArrayList<>();
    PublishedAmount[] totals = new PublishedAmount[6];
    boolean afterCarryOver = false;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells) || isHeader(cells)) {
        continue;
      }
      reader.rejectExtraCells(row, cells, 4);
      SummaryItem left = item(row, reader, cells, 0, "收入");
      SummaryItem right = item(row, reader, cells, 2, "支出");
      if (left != null) {
        switch (left.label()) {
          case "本年收入", "本年收入合计" -> totals[0] = printedFirst(totals[0], left.amount());
          case "上年结转", "上年结转结余" -> {
            totals[2] = printedFirst(totals[2], left.amount());
            afterCarryOver = true;
          }
          case "收入总计" -> totals[4] = printedFirst(totals[4], left.amount());
          default -> (afterCarryOver ? carryOverByFund : income).add(left);
        }
      }
      if (right != null) {
        switch (right.label()) {
          case "本年支出", "本年支出合计" -> totals[1] = printedFirst(totals[1], right.amount());
          case "年终结转结余" -> totals[3] = printedFirst(totals[3], right.amount());
          case "支出总计" -> totals[5] = printedFirst(totals[5], right.amount());
          default -> spending.add(right);
        }
      }
    }
    return new IncomeExpenditureTable(
        body.heading(),
        income,
        carryOverByFund,
        spending,
        totals[0],
        totals[1],
        totals[2],
        totals[3],
        totals[4],
        totals[5]);
  }

  /**
   * A total printed once as the side's heading (Hangzhou's 财政拨款收支总表: 一、本年支出合计 above its 类) is the
   * table's figure: the row the canonical text writes it lacks, （未列示）, does not replace it.
   */
  private static PublishedAmount printedFirst(PublishedAmount read, PublishedAmount later) {
    return read != null && !read.notPrinted() && later != null && later.notPrinted() ? read : later;
  }

  private static boolean isHeader(List<String> cells) {
    return cells.stream()
        .map(Texts::compact)
        .filter(c -> !c.isEmpty())
        .allMatch(HEADER_WORDS::contains);
  }

  private static SummaryItem item(
      SourceLine row, CellReader reader, List<String> cells, int labelColumn, String side) {
    String label = Texts.debreak(CellReader.text(cells, labelColumn));
    String amountCell = CellReader.text(cells, labelColumn + 1);
    if (label.isEmpty()) {
      if (!amountCell.isEmpty()) {
        reader.problem(row, side + "预算数", ProblemKind.AMOUNT_WITHOUT_LABEL, amountCell);
      }
      return null;
    }
    PublishedAmount amount = reader.amount(row, amountCell, side + "预算数 (" + label + ")");
    Matcher m = ORDINAL.matcher(Texts.compact(label));
    if (m.matches()) {
      String ordinal =
          m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      return new SummaryItem(ordinal, m.group(4), amount, row.lineNo());
    }
    return new SummaryItem("", Texts.compact(label), amount, row.lineNo());
  }
}
