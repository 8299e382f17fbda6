package org.budgetledger.app.importer.reconstruction;

import static org.budgetledger.app.importer.reconstruction.DistrictSeedFixture.ids;
import static org.budgetledger.app.importer.reconstruction.DistrictSeedFixture.rows;
import static org.budgetledger.core.model.ExpenditureKind.BASIC_PERSONNEL;
import static org.budgetledger.core.model.ExpenditureKind.BASIC_PUBLIC;
import static org.budgetledger.core.model.ExpenditureKind.PROJECT;

import java.util.function.Predicate;
import org.budgetledger.app.importer.reconstruction.DistrictSeedFixture.Line;
import org.budgetledger.core.model.Fen;

/** Builds the district document's margins (勾稽, DOMAIN §5) over the fixture's fine lines. */
final class DistrictSeedProblem {

  private static final String[] T06_COLUMNS = {"合计", "基本支出", "人员经费", "公用经费", "项目支出"};
  private static final String[] T07_COLUMNS = {"合计", "人员经费", "公用经费"};
  private static final Predicate<Line> ALL = l -> true;
  private static final Predicate<Line> BASIC = l -> l.kind() != PROJECT;
  private static final Predicate<Line> PERSONNEL = l -> l.kind() == BASIC_PERSONNEL;
  private static final Predicate<Line> PUBLIC = l -> l.kind() == BASIC_PUBLIC;
  private static final Predicate<Line> PROJECTS = l -> l.kind() == PROJECT;

  private final MarginProblemBuilder builder = MarginProblem.builder();

  private DistrictSeedProblem() {}

  static MarginProblem build() {
    DistrictSeedProblem problem = new DistrictSeedProblem();
    problem.builder.cells(ids(ALL));
    problem.table03();
    problem.table06();
    problem.table07();
    problem.otherTotals();
    return problem.builder.build();
  }

  private void table03() {
    int line = 0;
    for (String[] row : rows(DistrictSeedFixture.TABLE_03)) {
      line++;
      Predicate<Line> sameRow =
          l -> l.function().equals(row[0]) && l.gov().equals(row[1]) && l.dept().equals(row[2]);
      printed(
          "t03." + String.join("/", row[0], row[1], row[2]),
          "预算03表 row " + line + " " + row[0] + "/" + row[1] + "/" + row[2] + " 合计",
          row[3],
          sameRow);
    }
    printed("t03.total", "预算03表 合计 row, 合计", "43667.28", ALL);
    printed("t03.basic", "预算03表 合计 row, 基本支出", "2858.84", BASIC);
    printed("t03.project", "预算03表 合计 row, 项目支出", "40808.45", PROJECTS);
  }

  private void table06() {
    int line = 0;
    for (String[] row : rows(DistrictSeedFixture.TABLE_06)) {
      line++;
      Predicate<Line> sameRow = l -> l.unit().equals(row[0]) && l.function().equals(row[1]);
      Predicate<Line>[] kinds = kinds(ALL, BASIC, PERSONNEL, PUBLIC, PROJECTS);
      for (int column = 0; column < T06_COLUMNS.length; column++) {
        printed(
            "t06." + row[0] + "/" + row[1] + "." + column,
            "预算06表 row " + line + " " + row[0] + "/" + row[1] + ", " + T06_COLUMNS[column],
            row[2 + column],
            sameRow.and(kinds[column]));
      }
    }
    String[] totals = {"43667.28", "2858.84", "2711.39", "147.45", "40808.45"};
    Predicate<Line>[] kinds = kinds(ALL, BASIC, PERSONNEL, PUBLIC, PROJECTS);
    for (int column = 0; column < totals.length; column++) {
      printed(
          "t06.total." + column,
          "预算06表 合计 row, " + T06_COLUMNS[column],
          totals[column],
          kinds[column]);
    }
  }

  private void table07() {
    int line = 0;
    Predicate<Line>[] kinds = kinds(BASIC, PERSONNEL, PUBLIC);
    for (String[] row : rows(DistrictSeedFixture.TABLE_07)) {
      line++;
      Predicate<Line> sameRow = l -> l.gov().equals(row[0]) && l.dept().equals(row[1]);
      for (int column = 0; column < T07_COLUMNS.length; column++) {
        printed(
            "t07." + row[0] + "/" + row[1] + "." + column,
            "预算07表 row " + line + " " + row[0] + "/" + row[1] + ", " + T07_COLUMNS[column],
            row[2 + column],
            sameRow.and(kinds[column]));
      }
    }
    String[] totals = {"2858.84", "2711.39", "147.45"};
    for (int column = 0; column < totals.length; column++) {
      printed(
          "t07.total." + column,
          "预算07表 合计 row, " + T07_COLUMNS[column],
          totals[column],
          kinds[column]);
    }
  }

  private void otherTotals() {
    printed("t02.201", "预算02表 row 201 合计", "43667.28", ALL);
    printed("t02.201001", "预算02表 row 201001 合计", "40503.02", l -> l.unit().equals("201001"));
    printed("t02.201002", "预算02表 row 201002 合计", "3164.27", l -> l.unit().equals("201002"));
    printed("t05.208", "预算05表 八、社会保障和就业支出", "341.02", l -> l.function().startsWith("208"));
    printed("t05.210", "预算05表 十、卫生健康支出", "42881.52", l -> l.function().startsWith("210"));
    printed("t05.221", "预算05表 二十、住房保障支出", "444.74", l -> l.function().startsWith("221"));
    builder.exact("t13.total", "预算13表 预算支出总额", DistrictSeedFixture.TOTAL_FEN, ids(ALL));
    builder.exact("t13.basic", "预算13表 财政拨款 基本支出", DistrictSeedFixture.BASIC_FEN, ids(BASIC));
    builder.exact("t13.project", "预算13表 财政拨款 项目支出", DistrictSeedFixture.PROJECT_FEN, ids(PROJECTS));
  }

  /** A 2-decimal figure, or "-": an empty cell, which means exactly 0. */
  private void printed(String id, String source, String figure, Predicate<Line> which) {
    if (figure.equals("-")) {
      builder.exact(id, source, 0, ids(which));
    } else {
      builder.rounded(id, source, Fen.parseWan(figure).value(), 2, ids(which));
    }
  }

  @SafeVarargs
  private static Predicate<Line>[] kinds(Predicate<Line>... kinds) {
    return kinds;
  }
}
