package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 一般公共预算基本支出表: two economic code-name cells (or the 部门 one alone), then 合计, 人员经费, 公用经费; a 类
 * row above its codes is a subtotal ({@link EconomicClassRows}), its 政府 cell blank. The table of
 * every kind by economic code (预算21表) is read the same way, with 项目支出 after them.
 */
final class GeneralBudgetBasicReader {
  private static final String[] CODES = {"政府支出经济分类科目", "部门支出经济分类科目"};
  private static final String[] AMOUNTS = {"合计", "人员经费", "公用经费"};
  private static final String[] ALL_KINDS = {"合计", "人员经费", "公用经费", "项目支出"};
  // a 财政拨款 table of every source: its 一般公共预算 part and every source's money after them
  private static final String[] BY_FUND = {"合计", "人员经费", "公用经费", "一般公共预算", "各项资金"};

  private GeneralBudgetBasicReader() {}

  /** One row as read: its codes (null on 合计) and its figures in the order of the header words. */
  private record PairRow(
      CodedName govEconomic, CodedName deptEconomic, PublishedAmount[] amounts, int lineNo) {
    BasicExpenditureRow basic() {
      if (amounts.length == BY_FUND.length) {
        return new BasicExpenditureRow(
            govEconomic,
            deptEconomic,
            amounts[0],
            amounts[1],
            amounts[2],
            amounts[3],
            amounts[4],
            lineNo);
      }
      return new BasicExpenditureRow(
          govEconomic, deptEconomic, amounts[0], amounts[1], amounts[2], lineNo);
    }

    EconomicSpendingRow allKinds() {
      return new EconomicSpendingRow(basic(), amounts[3]);
    }
  }

  private record PairRows(List<PairRow> lines, PairRow total, List<PairRow> subtotals) {}

  static GeneralBudgetBasic read(TableBody body, Problems problems, DecimalsTally tally) {
    PairRows read = read(body, problems, tally, AMOUNTS);
    return new GeneralBudgetBasic(
        body.heading(),
        read.lines().stream().map(PairRow::basic).toList(),
        read.total() == null ? null : read.total().basic(),
        read.subtotals().stream().map(PairRow::basic).toList());
  }

  /**
   * The 财政拨款 基本支出表 by economic code: as {@link #read}, with its 一般公共预算 and 各项资金 columns where the
   * header names them.
   */
  static GeneralBudgetBasic readFiscal(TableBody body, Problems problems, DecimalsTally tally) {
    boolean byFund =
        body.rows().stream()
            .filter(r -> Rows.isHeader(r.cells()))
            .anyMatch(r -> Rows.columnOf(List.of(r), BY_FUND[4]) > 0);
    PairRows read = read(body, problems, tally, byFund ? BY_FUND : AMOUNTS);
    return new GeneralBudgetBasic(
        body.heading(),
        read.lines().stream().map(PairRow::basic).toList(),
        read.total() == null ? null : read.total().basic(),
        read.subtotals().stream().map(PairRow::basic).toList());
  }

  static GeneralBudgetEconomic readAllKinds(
      TableBody body, Problems problems, DecimalsTally tally) {
    PairRows read = read(body, problems, tally, ALL_KINDS);
    return new GeneralBudgetEconomic(
        body.heading(),
        read.lines().stream().map(PairRow::allKinds).toList(),
        read.total() == null ? null : read.total().allKinds(),
        read.subtotals().stream().map(PairRow::allKinds).toList());
  }

  private static PairRows read(
      TableBody body, Problems problems, DecimalsTally tally, String[] amountWords) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    boolean headerChecked = false;
    List<PairRow> rows = new ArrayList<>();
    PairRow total = null;
    Map<PairRow, SourceLine> withoutGov = new IdentityHashMap<>();
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      int offset = Rows.columnOf(headers, "合计");
      // the label columns are those before 合计: a header row naming 合计 is no total row
      boolean isTotal = offset > 0 && Rows.isTotal(cells, offset);
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(row);
        continue;
      }
      // a family that prints 部门经济分类 only has 合计 second
      if (offset != CODES.length && offset != 1) {
        reader.problem(
            row,
            "合计",
            ProblemKind.HEADER_MISSING,
            "合计",
            "header does not put 合计 after the two classifications");
        continue;
      }
      if (!headerChecked) {
        HeaderOrder.check(headers, offset, amountWords, reader);
        headerChecked = true;
      }
      PublishedAmount[] amounts = reader.amounts(row, cells, offset, amountWords);
      if (isTotal) {
        total = new PairRow(null, null, amounts, row.lineNo());
        continue;
      }
      CodedName gov = offset == 1 ? null : CodedName.parse(CellReader.text(cells, 0)).orElse(null);
      CodedName dept = CodedName.parse(CellReader.text(cells, offset - 1)).orElse(null);
      PairRow read = new PairRow(gov, dept, amounts, row.lineNo());
      if (offset == 2 && gov == null && dept != null && CellReader.text(cells, 0).isBlank()) {
        // a 类 row (301 工资福利支出) has no 政府 code: known as one only once every row is read
        withoutGov.put(read, row);
        rows.add(read);
        continue;
      }
      if (offset == 2 && gov == null || dept == null) {
        reader.problem(
            row,
            gov == null ? CODES[0] : CODES[1],
            ProblemKind.NOT_A_CODE,
            CellReader.text(cells, gov == null && offset == 2 ? 0 : offset - 1));
        continue;
      }
      rows.add(read);
    }
    List<PairRow> lines = new ArrayList<>();
    List<PairRow> subtotals = new ArrayList<>();
    for (PairRow read : rows) {
      if (EconomicClassRows.isClassRow(read, rows, PairRow::deptEconomic)) {
        subtotals.add(read);
      } else if (withoutGov.containsKey(read)) {
        reader.problem(withoutGov.get(read), CODES[0], ProblemKind.NOT_A_CODE, "");
      } else {
        lines.add(read);
      }
    }
    return new PairRows(lines, total, subtotals);
  }
}
