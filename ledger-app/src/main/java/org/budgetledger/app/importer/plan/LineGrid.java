package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ExpenditureSummaryRow;
import org.budgetledger.app.importer.document.GeneralBudgetRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.ExpenditureKind;

/**
 * The unknowns: every 支出总表 row × kind (基本 by its economic code's 人员/公用, 项目) × each unit that
 * 一般公共预算支出表 shows spending on that function and kind, and × each other fund source that may pay it
 * ({@link FundGrid}). No table gives this grain; the margin solver finds amounts for it.
 */
final class LineGrid {
  private LineGrid() {}

  private static boolean validCodes(String function, String gov, String dept) {
    try {
      // A code the row does not print stays unchecked here: the planner decides about it.
      if (function != null && !function.isBlank()) {
        org.budgetledger.core.model.FunctionCode.of(function);
      }
      if (gov != null && !gov.isBlank()) {
        org.budgetledger.core.model.GovEconomicCode.of(gov);
      }
      if (dept != null && !dept.isBlank()) {
        DeptEconomicCode.of(dept);
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static List<LineCell> cells(DisclosureDocument doc, String department, String fileName) {
    List<LineCell> cells = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    FundGrid funds = new FundGrid(doc, department);
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    boolean reserve = SpendingUses.printsReserve(doc);
    for (ExpenditureSummaryRow row : LineRows.of(doc)) {
      String f = row.function().code();
      String g = row.govEconomic() == null ? null : row.govEconomic().code();
      String d = row.deptEconomic() == null ? null : row.deptEconomic().code();
      // One row per function and economic codes: a repeated row (a line printed twice) would be
      // two unknowns for one line, and the document would count its money twice.
      Integer first = seen.putIfAbsent(f + "|" + g + "|" + d, row.lineNo());
      if (first != null) {
        problems.add(
            new ImportProblem(
                fileName,
                row.lineNo(),
                "预算03表 支出总表",
                ProblemKind.ROW_TWICE,
                f + " " + g + " " + d,
                first));
        continue;
      }
      if (!validCodes(f, g, d)) {
        problems.add(
            new ImportProblem(
                fileName,
                row.lineNo(),
                "预算03表 支出总表",
                ProblemKind.CODES_INVALID,
                f + " " + g + " " + d));
        continue;
      }
      // a family that prints 人员 and 公用 in its 支出总表 instead of 基本支出 (Hangzhou) leaves the
      // column unprinted: its row total may hold basic money, for the other tables to decide
      boolean basic = present(row.basic()) || unprintedUnder(row.basic(), row.total());
      // a kind the row may not hold is no problem where unprinted: no payer, no unknown
      List<ImportProblem> basicProblems = present(row.basic()) ? problems : new ArrayList<>();
      if (basic && d == null) {
        // without an economic code, 基本支出 may be 人员 or 公用: both are unknowns, and the
        // tables that print them by kind (一般公共预算支出表, 基本支出表, 收支总表) decide the split
        add(
            cells,
            doc,
            department,
            funds,
            row,
            ExpenditureKind.BASIC_PERSONNEL,
            fileName,
            basicProblems);
        add(
            cells,
            doc,
            department,
            funds,
            row,
            ExpenditureKind.BASIC_PUBLIC,
            fileName,
            basicProblems);
      } else if (basic) {
        ExpenditureKind kind = DeptEconomicCode.of(d).basicKind();
        if (kind == null) {
          problems.add(
              new ImportProblem(
                  fileName,
                  row.lineNo(),
                  "预算03表 支出总表 / 基本支出",
                  ProblemKind.BASIC_NEITHER_PERSONNEL_NOR_PUBLIC,
                  d));
          continue;
        }
        add(cells, doc, department, funds, row, kind, fileName, basicProblems);
      }
      if (present(row.project()) || unprintedUnder(row.project(), row.total())) {
        List<ImportProblem> projectProblems = present(row.project()) ? problems : new ArrayList<>();
        add(cells, doc, department, funds, row, ExpenditureKind.PROJECT, fileName, projectProblems);
      }
      if (reserve) {
        // no table by function prints the reserve: any row may hold some, none must
        add(
            cells,
            doc,
            department,
            funds,
            row,
            ExpenditureKind.RESERVE,
            fileName,
            new ArrayList<>());
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    return cells;
  }

  /** The cells of one row and kind: 一般公共预算 by unit, then every other source that may pay. */
  private static void add(
      List<LineCell> cells,
      DisclosureDocument doc,
      String department,
      FundGrid funds,
      ExpenditureSummaryRow row,
      ExpenditureKind kind,
      String fileName,
      List<ImportProblem> problems) {
    String f = row.function().code();
    String g = row.govEconomic() == null ? null : row.govEconomic().code();
    String d = row.deptEconomic() == null ? null : row.deptEconomic().code();
    List<LineCell> found = new ArrayList<>();
    List<BasicCodes.Pair> codes =
        d != null
            ? List.of()
            : kind.isBasic()
                ? BasicCodes.printedIn(doc, kind)
                : kind.isProject() ? ProjectCodes.printed(doc) : List.of();
    Set<String> units = units(doc, department, f, kind);
    List<FundGrid.Payer> payers = funds.payers(f, kind);
    SolverSize.admitUnknowns(
        cells.size() + (long) units.size() * Math.max(1, codes.size()) + payers.size(),
        fileName,
        row.lineNo(),
        "预算03表 支出总表 / " + kind.chinese(),
        SolverSize.sources(kind, !codes.isEmpty(), !payers.isEmpty()));
    for (String u : units) {
      if (codes.isEmpty()) {
        found.add(new LineCell(u, f, g, d, kind, false));
      } else {
        codes.forEach(c -> found.add(LineCell.spread(u, f, c.gov(), c.dept(), kind)));
      }
    }
    payers.forEach(p -> found.add(new LineCell(p.unit(), f, g, d, kind, false, p.source())));
    if (found.isEmpty()) {
      problems.add(
          new ImportProblem(
              fileName,
              row.lineNo(),
              "预算03表 支出总表 / " + kind.chinese(),
              ProblemKind.LINE_WITHOUT_PAYER,
              f,
              kind.chinese(),
              doc.units().size()));
    }
    cells.addAll(found);
  }

  /** The units 一般公共预算支出表 shows with spending on the function in the kind's column. */
  private static Set<String> units(
      DisclosureDocument doc, String department, String function, ExpenditureKind kind) {
    Set<String> units = new LinkedHashSet<>();
    if (doc.generalBudgetExpenditure() != null) {
      for (GeneralBudgetRow r : doc.generalBudgetExpenditure().rows()) {
        PublishedAmount column = column(r, kind);
        // a column the family does not print leaves the kind open under the row's total
        boolean open = !PublishedAmount.printed(column) && present(r.total());
        if (function.equals(r.functionCode()) && (present(column) || open)) {
          units.add(unitCode(department, r));
        }
      }
    }
    boolean noTable =
        doc.generalBudgetExpenditure() == null || doc.generalBudgetExpenditure().rows().isEmpty();
    if (units.isEmpty()
        && doc.units().size() == 1
        && (noTable || !FundGrid.hasOtherFunds(doc, department))) {
      units.add(DocumentCodes.unitCode(department, doc.units().get(0)));
    }
    return units;
  }

  static String unitCode(String department, GeneralBudgetRow r) {
    return DocumentCodes.unitCode(department, r.unitCode(), r.unitOrdinal());
  }

  static PublishedAmount column(GeneralBudgetRow r, ExpenditureKind kind) {
    // a family that prints 基本支出 without 人员/公用 columns: either kind may be in its 基本支出
    boolean byKind =
        PublishedAmount.printed(r.personnel()) || PublishedAmount.printed(r.publicOperating());
    return switch (kind) {
      case BASIC_PERSONNEL -> byKind ? r.personnel() : r.basic();
      case BASIC_PUBLIC -> byKind ? r.publicOperating() : r.basic();
      case PROJECT -> r.project();
      case RESERVE -> LineRows.unprinted(r.lineNo());
    };
  }

  private static boolean unprintedUnder(PublishedAmount part, PublishedAmount total) {
    return !PublishedAmount.printed(part) && present(total);
  }

  static boolean present(PublishedAmount amount) {
    return amount != null && !amount.value().isZero();
  }
}
