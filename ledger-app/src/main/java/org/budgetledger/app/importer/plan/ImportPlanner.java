package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ParseProblem;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.input.ImportLimits;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.app.importer.reconstruction.MarginSolution;
import org.budgetledger.app.importer.reconstruction.MarginSolver;
import org.budgetledger.app.importer.reconstruction.ReconstructionException;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.UnitCode;

/**
 * From a parsed disclosure document to the one command that imports it: the 年初预算 as balanced legs
 * at the finest grain the tables determine (solved from their margins, exact in fen), the income,
 * and the facts. Anything it cannot do without guessing is an {@link ImportProblem}.
 */
public final class ImportPlanner {
  private final int contradictionRounds;

  public ImportPlanner() {
    this(ImportLimits.MAX_CONTRADICTION_ROUNDS);
  }

  /**
   * A planner that sets contradicted totals aside in at most {@code contradictionRounds} rounds.
   */
  ImportPlanner(int contradictionRounds) {
    this.contradictionRounds = contradictionRounds;
  }

  public ImportPlan plan(ParseResult parsed, Actor actor) {
    return plan(parsed, actor, LinePlaces.TEXT);
  }

  /** As {@link #plan(ParseResult, Actor)}, naming each figure's place as {@code places} does. */
  public ImportPlan plan(ParseResult parsed, Actor actor, LinePlaces places) {
    DisclosureDocument doc = parsed.document();
    String file = doc.header().fileName();
    rejectIfUnreadable(parsed, doc, file);
    String department = DocumentCodes.departmentCode(doc.header());
    List<LineCell> cells = new ArrayList<>(LineGrid.cells(doc, department, file));
    List<GapFinder.Gap> gaps = GapFinder.gaps(doc);
    String gapUnit = DocumentCodes.gapUnitCode(department);
    gaps.forEach(g -> cells.add(new LineCell(gapUnit, g.classCode(), null, null, g.kind(), true)));
    List<String> notes = new ArrayList<>();
    cells.addAll(ThreePublicItems.cells(doc, cells, notes));
    SolverSize.admitUnknowns(cells.size(), file, 0, "“三公”经费表", "支出总表的项目支出行 × “三公”经费表的各项");
    PlanMargins margins = new PlanMargins(cells, file, places);
    DocumentMargins.collect(doc, department, margins);
    List<SpendingTag> tags = new ArrayList<>(FactsPlanner.tags(doc));
    tags.addAll(UnitThreePublic.collect(doc, department, margins, notes));
    if (!margins.problems().isEmpty()) {
      throw new ImportRejectedException(margins.problems());
    }
    margins.rejectIfTooLargeToSolve();
    MarginSolution solution = solve(margins, file, notes, contradictionRounds);
    List<SpendingLeg> spending = new ArrayList<>();
    Map<String, Long> byUnit = new LinkedHashMap<>();
    long total = 0;
    long gapTotal = gaps.isEmpty() ? 0 : gaps.get(0).basicOrProjectGapFen();
    boolean byFunctionTables = LineRows.fromFunctionTables(doc);
    for (LineCell cell : cells) {
      long fen = solution.valuesFen().get(cell.id());
      if (fen != 0) {
        spending.add(
            new SpendingLeg(
                lineKey(cell),
                Fen.of(fen),
                LegDerivations.of(
                    cell,
                    cells,
                    solution.valuesFen(),
                    doc.header().decimals(),
                    gapTotal,
                    byFunctionTables)));
        byUnit.merge(cell.unit(), fen, Math::addExact);
        total = Math.addExact(total, fen);
      }
    }
    notes.addAll(0, doc.warnings().stream().map(ImportPlanner::warning).toList());
    gaps.forEach(
        g ->
            notes.add(
                "类 "
                    + g.classCode()
                    + " "
                    + g.kind().chinese()
                    + "：合计中有 "
                    + MoneyText.of(doc, g.classGapFen())
                    + " 在文本中没有明细行；记在单位 "
                    + gapUnit
                    + "，不分经济分类（推导 GAP_RESIDUAL）"));
    long yearEnd =
        DocumentMargins.keepsIncomeUnspent(doc)
            ? doc.incomeExpenditureSummary().yearEndBalance().value().value()
            : 0;
    var income =
        UnitIncomeSpread.spread(
            doc,
            department,
            IncomeEarmarks.split(
                doc,
                department,
                IncomePlanner.legs(
                    doc,
                    department,
                    byUnit,
                    total,
                    yearEnd,
                    SolvedLines.all(cells, solution.valuesFen()))),
            notes);
    String departmentUnit = DocumentCodes.departmentIncomeUnitCode(department);
    DocumentUnits units =
        DocumentUnits.of(
            doc,
            department,
            byUnit.containsKey(gapUnit),
            byUnit.containsKey(departmentUnit),
            income.stream().anyMatch(l -> l.key().unit().value().equals(departmentUnit)),
            notes);
    notes.addAll(FundNotes.of(doc, department, spending, yearEnd));
    FactsPlanner.Names names = FactsPlanner.names(doc);
    String hash = doc.header().contentHash();
    BudgetId budget = BudgetId.of(doc.header().fiscalYear(), department);
    Basis basis =
        new Basis(
            doc.header().fiscalYear()
                + "年"
                + doc.header().departmentName()
                + "部门预算（公开文件 "
                + file
                + "）",
            "SHA-256 " + hash.substring(0, 16));
    ImportDisclosureCommand command =
        new ImportDisclosureCommand(
            budget,
            hash,
            file,
            margins.margins().size(),
            doc.header().departmentName(),
            doc.header().format(),
            doc.header().decimals(),
            units.units(),
            EntryId.of("import-" + hash.substring(0, 16)),
            income,
            spending,
            names.function(),
            names.gov(),
            names.dept(),
            tags,
            FactsPlanner.projects(doc),
            ProjectAllocations.of(doc),
            EconomicAllocations.of(doc, byUnit.keySet()),
            BasicAllocations.of(doc, byUnit.keySet()),
            FactsPlanner.departmentPerformance(doc),
            FactsPlanner.narrative(doc),
            budget.year().firstDay(),
            basis,
            actor);
    return new ImportPlan(command, notes, cells.size(), margins.margins().size());
  }

  private static void rejectIfUnreadable(ParseResult parsed, DisclosureDocument doc, String file) {
    List<ImportProblem> problems = new ArrayList<>();
    for (ParseProblem p : parsed.problems()) {
      problems.add(
          new ImportProblem(p.fileName(), p.lineNo(), p.field(), p.text(), null, p.lineText()));
    }
    if (doc.header().fiscalYear() == null || doc.header().departmentName() == null) {
      problems.add(new ImportProblem(file, 0, "文件", ProblemKind.DOCUMENT_UNNAMED));
    }
    if (doc.expenditureSummary() == null) {
      problems.add(new ImportProblem(file, 0, "支出总表", ProblemKind.EXPENDITURE_SUMMARY_MISSING));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
  }

  /**
   * Solves every margin as {@link #solveAll} does; where the income figures ({@link IncomeMargins})
   * cannot hold with the spending tables even so, solves again without them and says so: the lines
   * then follow the spending tables, and the reconciliation reports the income.
   */
  private static MarginSolution solve(
      PlanMargins margins, String file, List<String> notes, int rounds) {
    List<String> tried = new ArrayList<>();
    try {
      MarginSolution solution = solveAll(margins, file, tried, rounds);
      notes.addAll(tried);
      return solution;
    } catch (ImportRejectedException e) {
      if (!margins.dropIncome()) {
        throw e;
      }
      notes.add("收入总表的收入数字与支出各表的数字在舍入范围内不能同时满足；明细按支出各表推算，勾稽核对报告收入差异");
      return solve(margins, file, notes, rounds);
    }
  }

  /**
   * Solves every margin; when they contradict each other and some only refine which fund pays
   * ({@link PlanMargins#refining}), solves again without those and says so: the reconciliation then
   * reports their cells, and the document imports as published.
   */
  private static MarginSolution solveAll(
      PlanMargins margins, String file, List<String> notes, int rounds) {
    try {
      return new MarginSolver().solve(margins.problem(m -> true));
    } catch (ReconstructionException e) {
      if (margins.margins().stream().anyMatch(PlanMargins::refining)) {
        MarginSolution solution = solveWithoutRefining(margins);
        if (solution == null) {
          return contradicted(margins, e, file, notes, rounds);
        }
        notes.add(
            "资金来源的拆分未采用财政拨款“三公”经费表和部门整体支出绩效目标表中与其他表矛盾的 "
                + margins.margins().stream()
                    .filter(PlanMargins::refining)
                    .map(m -> m.source())
                    .distinct()
                    .count()
                + " 个数字（"
                + e.violations().get(0).describe()
                + "）；勾稽核对报告这些数字");
        return solution;
      }
      return contradicted(margins, e, file, notes, rounds);
    }
  }

  /**
   * Null when the figures still contradict each other without the refining ones. Without the 三公
   * figures nothing says a project line pays a 三公 item, so those parts hold nothing.
   */
  private static MarginSolution solveWithoutRefining(PlanMargins margins) {
    try {
      return new MarginSolver()
          .solve(margins.problem(m -> !PlanMargins.refining(m), LineCell::threePublicPart));
    } catch (ReconstructionException e) {
      return null;
    }
  }

  /**
   * Totals that do not equal their items are findings, not margins ({@link ContradictedTotals}).
   */
  private static MarginSolution contradicted(
      PlanMargins margins, ReconstructionException e, String file, List<String> notes, int rounds) {
    try {
      return ContradictedTotals.solve(margins, e, notes, rounds);
    } catch (ReconstructionException still) {
      throw rejected(still, file, margins);
    }
  }

  private static ImportRejectedException rejected(
      ReconstructionException e, String file, PlanMargins margins) {
    return new ImportRejectedException(
        e.violations().stream()
            .map(
                v ->
                    new ImportProblem(
                        file,
                        0,
                        v.margin().source(),
                        ProblemKind.FIGURES_CONTRADICT,
                        margins.amount(v.margin().id(), v.margin().publishedFen()),
                        margins.amount(v.margin().id(), v.sumFen()),
                        v.excessFen(),
                        v.describe()))
            .toList());
  }

  private static LineKey lineKey(LineCell c) {
    return new LineKey(
        UnitCode.of(c.unit()),
        FunctionCode.of(c.function()),
        c.gap() || c.gov() == null ? null : GovEconomicCode.of(c.gov()),
        c.gap() || c.dept() == null ? null : DeptEconomicCode.of(c.dept()),
        c.kind(),
        null,
        c.source());
  }

  /** A reservation of the parser, said in Chinese with its place, as the page shows notes. */
  private static String warning(ParseProblem p) {
    return p.fileName()
        + ":"
        + p.lineNo()
        + " ["
        + p.field()
        + "] "
        + p.text().chinese()
        + " | "
        + p.lineText();
  }
}
