package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.app.importer.codes.NameReading;
import org.budgetledger.app.importer.layout.CodePrinting;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.projections.tables.TableKind;

/**
 * The codes of the classified tables a family prints as names alone, resolved in the document's
 * year's catalogue before the tables are rendered: a 部门经济分类 table by its economic names, any other
 * by its function names. A name that resolves to no code, or to two the figures cannot tell apart,
 * refuses the document with the row's page, table and row: a line without its code would be a
 * guess.
 */
final class PrintedCodes {
  // the tables whose rows become lines; a 收支总表 names its 类 as labels, read by the parser
  private static final Set<TableKind> CODED =
      EnumSet.of(
          TableKind.EXPENDITURE_SUMMARY,
          TableKind.GENERAL_BUDGET_EXPENDITURE,
          TableKind.GOVERNMENT_FUND_EXPENDITURE,
          TableKind.STATE_CAPITAL_EXPENDITURE,
          TableKind.GENERAL_BUDGET_BASIC,
          TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC,
          TableKind.FISCAL_APPROPRIATION_EXPENDITURE,
          TableKind.GENERAL_BUDGET_BASIC_FUNCTION,
          TableKind.FISCAL_APPROPRIATION_BASIC);

  // 收支总表 and 财政拨款收支总表 where a family prints 款 and 项 names under each 类
  private static final Set<TableKind> BALANCE_SHEETS =
      EnumSet.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY);

  // fund tables a family prints as a 收支表, their 类 by name in one column of several
  private static final Set<TableKind> FUND_TABLES =
      EnumSet.of(TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE);

  private final Map<PublishedGrid, NameReading> readings = new IdentityHashMap<>();
  // apart from the rows' codes: the grid's other columns are no coded rows
  private final Map<PublishedGrid, NameReading> classReadings = new IdentityHashMap<>();

  private PrintedCodes() {}

  static PrintedCodes resolve(
      String fileName, List<PublishedGrid> grids, LayoutProfile profile, Integer year)
      throws PdfDisclosureException {
    PrintedCodes codes = new PrintedCodes();
    List<ImportProblem> problems = new ArrayList<>();
    for (PublishedGrid grid : grids) {
      if (grid.kind() != null
          && BALANCE_SHEETS.contains(grid.kind())
          && namesOnly(grid, profile)
          && year != null) {
        // the 款 and 项 names of a balance sheet: compared, not lines, so a reading the figures
        // cannot settle leaves them as printed (reported unreadable), never refuses the document
        NameReading reading = PublishedNames.resolve(grid, year);
        if (reading.resolved()) {
          codes.readings.put(grid, reading);
        }
        continue;
      }
      Optional<java.util.regex.Pattern> classes = FundClassRows.header(grid, profile);
      if (classes.isPresent() && FUND_TABLES.contains(grid.kind()) && year != null) {
        // a fund 收支表's 类 names: keyed margins on the fund's lines, so a name no 类 refuses
        NameReading reading = FundClassRows.resolve(grid, classes.get(), year);
        reading.problems().forEach(p -> problems.add(new ImportProblem(fileName, 0, "PDF 科目", p)));
        codes.classReadings.put(grid, reading);
        continue;
      }
      if (grid.kind() == null || !CODED.contains(grid.kind()) || !namesOnly(grid, profile)) {
        continue;
      }
      if (year == null) {
        problems.add(
            new ImportProblem(
                fileName, 0, grid.title(), "名称无编码，但文件未写明预算年度 (names only, and no fiscal year)"));
        continue;
      }
      NameReading reading =
          grid.measures().contains("deptEconomic")
              ? PublishedNames.resolveEconomic(grid, year)
              : PublishedNames.resolve(grid, year);
      reading.problems().forEach(p -> problems.add(new ImportProblem(fileName, 0, "PDF 科目", p)));
      codes.readings.put(grid, reading);
    }
    if (!problems.isEmpty()) {
      throw new PdfDisclosureException(problems);
    }
    return codes;
  }

  private static boolean namesOnly(PublishedGrid grid, LayoutProfile profile) {
    return profile
        .tableTitled(grid.title())
        .map(t -> t.codesIn(profile) == CodePrinting.NAMES_ONLY)
        .orElse(false);
  }

  /** The codes of the table's rows, by row, when its names print alone. */
  Optional<NameReading> of(PublishedGrid grid) {
    return Optional.ofNullable(readings.get(grid));
  }

  /** The 类 codes of a fund 收支表's rows ({@link FundClassRows}), by row. */
  Optional<NameReading> classesOf(PublishedGrid grid) {
    return Optional.ofNullable(classReadings.get(grid));
  }
}
