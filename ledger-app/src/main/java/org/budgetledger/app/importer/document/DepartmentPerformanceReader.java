package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 部门整体支出绩效目标表 from top to bottom: the name row, the funding block (header words and amounts,
 * in any mix), the goal row (labelled 整体绩效目标, or in the district format a lone text cell), 其他说明,
 * then the activity header and activity rows read by content.
 */
final class DepartmentPerformanceReader {
  private DepartmentPerformanceReader() {}

  static DepartmentPerformanceTable read(TableBody body, Problems problems) {
    CellReader reader = new CellReader(problems, body, null);
    String name = null;
    String goal = "";
    String notes = "";
    List<SourceLine> fundingHeaders = new ArrayList<>();
    List<FundingCell> funding = new ArrayList<>();
    List<ActivityRow> activities = new ArrayList<>();
    List<SourceLine> activityHeader = null;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      List<String> filled = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
      if (filled.isEmpty()) {
        continue;
      }
      String first = Texts.compact(filled.get(0));
      if (activityHeader != null) {
        ActivityRow activity = ActivityParser.parse(row, cells, activityHeader.get(0), reader);
        if (activity != null) {
          activities.add(activity);
        }
      } else if (first.contains("名称") && filled.size() >= 2 && name == null) {
        name = Texts.debreak(filled.get(1));
      } else if (filled.contains("活动") && filled.stream().anyMatch(c -> c.equals("绩效指标"))) {
        activityHeader = List.of(row);
      } else if (first.equals("整体绩效目标")) {
        goal = String.join("\n", filled.subList(1, filled.size()));
      } else if (first.equals("其他说明")) {
        notes = String.join("\n", filled.subList(1, filled.size()));
      } else if (filled.stream().anyMatch(Texts::isAmountLike)) {
        readFunding(row, cells, fundingHeaders, funding, reader);
        fundingHeaders.add(row);
      } else if (Rows.isHeader(cells) && funding.isEmpty()) {
        fundingHeaders.add(row);
      } else if (filled.size() == 1 && goal.isEmpty()) {
        goal = filled.get(0);
      } else {
        reader.problem(row, "行", ProblemKind.ROW_NOT_RECOGNISED, "row not recognised");
      }
    }
    PublishedAmount total =
        funding.stream()
            .filter(f -> f.label().contains("预算支出总额"))
            .map(FundingCell::amount)
            .findFirst()
            .orElse(null);
    return new DepartmentPerformanceTable(
        body.heading(), name, total, funding, goal, notes, activities);
  }

  private static void readFunding(
      SourceLine row,
      List<String> cells,
      List<SourceLine> headers,
      List<FundingCell> funding,
      CellReader reader) {
    for (int i = 0; i < cells.size(); i++) {
      if (!Texts.isAmountLike(cells.get(i))) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (SourceLine header : headers) {
        String word = Texts.compact(CellReader.text(header.cells(), i));
        if (!word.isEmpty() && !Texts.isAmountLike(word)) {
          words.add(word);
        }
      }
      String label = String.join("/", words);
      PublishedAmount amount = reader.amount(row, cells, i, "总体资金情况/" + label);
      if (amount != null) {
        funding.add(new FundingCell(label, amount));
      }
    }
  }
}
