package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;

/**
 * Parses the text extracted from a published 部门预算 disclosure (district or municipal format) into a
 * {@link DisclosureDocument}. It reads by content and general rules, never by department, file or
 * figure, and never guesses: what it cannot read is a {@link ParseProblem} naming the line and the
 * field.
 */
public final class DisclosureDocumentParser {

  public ParseResult parse(String fileName, String text) {
    Problems problems = new Problems(fileName);
    List<SourceLine> lines = lines(text);
    DocumentDirectives directives = DocumentDirectives.read(lines);
    Map<TableKind, TableRegion> regions = TableLocator.locate(lines, problems);
    List<TableHeading> headings = regions.values().stream().map(TableRegion::heading).toList();
    DisclosureFormat format = FormatDetector.detect(headings);
    if (format == null) {
      problems.add(0, "", "表的编号", ProblemKind.FORMAT_UNKNOWN);
    }
    for (TableKind kind : TableKind.everyDocument()) {
      if (!regions.containsKey(kind) && !directives.unpublished().contains(kind)) {
        String label = format == null ? "" : TableNumbering.label(format, kind) + " ";
        problems.add(
            0, "", label + kind.chinese(), ProblemKind.TABLE_MISSING, label + kind.chinese());
      }
    }
    DecimalsTally tally = new DecimalsTally();
    Tables tables = new Tables(regions, problems);
    IncomeSummary income =
        tables.read(TableKind.INCOME_SUMMARY, b -> IncomeSummaryReader.read(b, problems, tally));
    GeneralBudgetExpenditure general =
        tables.read(
            TableKind.GENERAL_BUDGET_EXPENDITURE,
            b -> GeneralBudgetExpenditureReader.read(b, problems, tally));
    DepartmentPerformanceTable department =
        tables.read(
            TableKind.DEPARTMENT_PERFORMANCE, b -> DepartmentPerformanceReader.read(b, problems));
    IncomeSummaryRow departmentRow = DepartmentUnits.departmentRow(income);
    String departmentName =
        department != null && department.departmentName() != null
            ? department.departmentName()
            : departmentRow != null ? departmentRow.name() : directives.departmentName();
    List<DocumentUnit> units = DepartmentUnits.units(income);
    if (units.isEmpty() && general != null) {
      units = general.units();
    }
    DisclosureDocument document =
        new DisclosureDocument(
            null,
            units,
            tables.read(
                TableKind.INCOME_EXPENDITURE_SUMMARY,
                b -> IncomeExpenditureTableReader.read(b, problems, tally)),
            income,
            tables.read(
                TableKind.EXPENDITURE_SUMMARY,
                b -> ExpenditureSummaryReader.read(b, problems, tally)),
            tables.read(TableKind.PROCUREMENT, b -> ProcurementReader.read(b, problems, tally)),
            tables.read(
                TableKind.FISCAL_APPROPRIATION_SUMMARY,
                b -> IncomeExpenditureTableReader.read(b, problems, tally)),
            general,
            tables.read(
                TableKind.GENERAL_BUDGET_BASIC,
                b -> GeneralBudgetBasicReader.read(b, problems, tally)),
            tables.read(
                TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC,
                b -> GeneralBudgetProjectEconomicReader.read(b, problems, tally)),
            tables.read(
                TableKind.GENERAL_BUDGET_ECONOMIC,
                b -> GeneralBudgetBasicReader.readAllKinds(b, problems, tally)),
            tables.read(
                TableKind.PROJECT_EXPENDITURE,
                b -> ProjectExpenditureReader.read(b, problems, tally)),
            functionSpending(tables, problems, tally),
            tables.read(
                TableKind.GOVERNMENT_FUND_EXPENDITURE,
                b -> FunctionExpenditureReader.read(b, problems, tally)),
            tables.read(
                TableKind.STATE_CAPITAL_EXPENDITURE,
                b -> FunctionExpenditureReader.read(b, problems, tally)),
            tables.read(
                TableKind.THREE_PUBLIC_EXPENSES, b -> ThreePublicReader.read(b, problems, tally)),
            tables.read(
                TableKind.PURCHASED_SERVICES,
                b -> PurchasedServicesReader.read(b, problems, tally)),
            tables.read(
                TableKind.PROJECT_PERFORMANCE, b -> ProjectPerformanceReader.read(b, problems)),
            department,
            tables.read(
                TableKind.BASIC_EXPENDITURE_SUMMARY,
                b -> BasicExpenditureSummaryReader.read(b, problems, tally)),
            // the 财政拨款 基本支出表 by economic code: the 一般公共预算 one's layout over the three fiscal funds
            tables.read(
                TableKind.FISCAL_APPROPRIATION_BASIC,
                b -> GeneralBudgetBasicReader.readFiscal(b, problems, tally)),
            // 支出总表 by unit has 一般公共预算支出表's shape: unit, code, name, 合计, 基本, 项目
            tables.read(
                TableKind.EXPENDITURE_BY_UNIT,
                b -> GeneralBudgetExpenditureReader.read(b, problems, tally)),
            NarrativeReader.read(lines, departmentName, problems),
            List.of());
    DocumentHeader header =
        new DocumentHeader(
            fileName,
            HeaderReader.sha256(text),
            format,
            HeaderReader.fiscalYear(lines, headings, problems),
            departmentName,
            departmentRow == null ? null : departmentRow.code(),
            HeaderReader.documentDate(lines, problems),
            tally.mostCommon());
    return new ParseResult(withHeader(document, header, problems.warnings()), problems.problems());
  }

  /** The tables of spending by function a family prints (null where not printed: none). */
  private static Map<TableKind, FunctionSpending> functionSpending(
      Tables tables, Problems problems, DecimalsTally tally) {
    Map<TableKind, FunctionSpending> read = new java.util.EnumMap<>(TableKind.class);
    for (TableKind kind :
        List.of(
            TableKind.FISCAL_APPROPRIATION_EXPENDITURE, TableKind.GENERAL_BUDGET_BASIC_FUNCTION)) {
      FunctionSpending table =
          tables.read(kind, b -> FunctionSpendingReader.read(b, problems, tally));
      if (table != null) {
        read.put(kind, table);
      }
    }
    return read;
  }

  private static List<SourceLine> lines(String text) {
    String[] raw = text.split("\\R", -1);
    List<SourceLine> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      lines.add(new SourceLine(i + 1, raw[i]));
    }
    return lines;
  }

  private static DisclosureDocument withHeader(
      DisclosureDocument d, DocumentHeader header, List<ParseProblem> warnings) {
    return new DisclosureDocument(
        header,
        d.units(),
        d.incomeExpenditureSummary(),
        d.incomeSummary(),
        d.expenditureSummary(),
        d.procurement(),
        d.fiscalAppropriationSummary(),
        d.generalBudgetExpenditure(),
        d.generalBudgetBasic(),
        d.generalBudgetProjectEconomic(),
        d.generalBudgetEconomic(),
        d.projectExpenditure(),
        d.functionSpending(),
        d.governmentFundExpenditure(),
        d.stateCapitalExpenditure(),
        d.threePublicExpenses(),
        d.purchasedServices(),
        d.projectPerformance(),
        d.departmentPerformance(),
        d.basicExpenditureSummary(),
        d.fiscalAppropriationBasic(),
        d.expenditureByUnit(),
        d.narrative(),
        warnings);
  }

  /** Scans a table's region once and hands it to its reader; a missing table reads as null. */
  private record Tables(Map<TableKind, TableRegion> regions, Problems problems) {
    <T> T read(TableKind kind, Function<TableBody, T> reader) {
      TableRegion region = regions.get(kind);
      return region == null ? null : reader.apply(RegionScanner.scan(region, problems));
    }
  }
}
