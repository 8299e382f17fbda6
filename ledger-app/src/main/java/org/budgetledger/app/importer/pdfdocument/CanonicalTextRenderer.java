package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.codes.NameReading;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.layout.DocumentIdentity;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.app.importer.layout.ProfileTable;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;
import org.budgetledger.projections.tables.projectexpenditure.ProjectColumn;

/**
 * Writes a family's profiled tables as the ledger's canonical disclosure text (the municipal
 * numbering and columns), so the parser, planner and reconciliation read any family the way they
 * read Beijing's: each canonical table's columns chosen by their canonical measure, a column the
 * family does not print left empty (absent, never zero), codes printed in separate 类/款/项 columns
 * joined into one code by carrying the parent down, and only the finest rows of a hierarchy kept as
 * lines (a 类 or 款 row is the sum of its items; 一般公共预算支出表, 支出总表 and the 政府性基金 / 国有资本经营 tables write
 * it too, read as a subtotal and compared with the rebuilt items, {@link #printsSubtotals}; so do
 * the tables by economic code for their 类 rows). Every line keeps its place in the PDF. Tables the
 * family does not publish are named on a {@code 未公开：} line, so the parser does not look for them.
 */
final class CanonicalTextRenderer {
  private static final java.util.Map<String, String> HEADER_WORDS =
      java.util.Map.of(
          "basic",
          "基本支出",
          "personnel",
          "人员经费",
          "public",
          "公用经费",
          "project",
          "项目支出",
          "operating",
          "事业单位经营支出",
          "remitted",
          "上缴上级支出",
          "affiliateSubsidy",
          "对附属单位补助支出",
          "projectNetOfCapital",
          "扣除基建项目后预算数",
          FiscalBasicColumns.GENERAL_BUDGET,
          "一般公共预算",
          FiscalBasicColumns.EVERY_FUND,
          "各项资金");

  // the money tables the mapping reads; 政府采购 also where printed row by row (ProcurementRows);
  // 购买服务 and the 绩效 tables are not mapped yet
  static final Set<TableKind> MAPPED =
      EnumSet.of(
          TableKind.INCOME_EXPENDITURE_SUMMARY,
          TableKind.INCOME_SUMMARY,
          TableKind.EXPENDITURE_SUMMARY,
          TableKind.FISCAL_APPROPRIATION_SUMMARY,
          TableKind.GENERAL_BUDGET_EXPENDITURE,
          TableKind.GENERAL_BUDGET_BASIC,
          TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC,
          TableKind.PROJECT_EXPENDITURE,
          TableKind.BASIC_EXPENDITURE_SUMMARY,
          TableKind.FISCAL_APPROPRIATION_EXPENDITURE,
          TableKind.GENERAL_BUDGET_BASIC_FUNCTION,
          TableKind.FISCAL_APPROPRIATION_BASIC,
          TableKind.GOVERNMENT_FUND_EXPENDITURE,
          TableKind.STATE_CAPITAL_EXPENDITURE,
          TableKind.THREE_PUBLIC_EXPENSES);

  private static final String GOV_ECONOMIC_HEADER = "政府支出经济分类科目";

  // 一般公共预算支出表's columns, which 支出总表 by unit takes too (the parser reads both alike)
  private static final String[] BY_UNIT_MEASURES = {
    "total", "basic", "personnel", "public", "project", "projectNetOfCapital"
  };

  private final LayoutProfile profile;
  private final MeasureVocabulary vocabulary;
  private final PrintedCodes codes;
  private final StringBuilder text = new StringBuilder();
  private final List<LinePlace> places = new ArrayList<>();
  private int cells;
  private String department;
  private Integer year;
  private boolean linesByUnit;

  CanonicalTextRenderer(LayoutProfile profile, MeasureVocabulary vocabulary, PrintedCodes codes) {
    this.profile = profile;
    this.vocabulary = vocabulary;
    this.codes = codes;
  }

  DisclosureTextRenderer.RenderedText render(List<PublishedGrid> grids, DocumentIdentity identity) {
    this.department = identity.department();
    this.year = identity.fiscalYear();
    this.linesByUnit = IncomeUnitRows.linesByUnit(grids, department);
    LinePlace cover = new LinePlace(grids.isEmpty() ? 1 : grids.get(0).pages().get(0), "封面", 0);
    if (identity.fiscalYear() != null) {
      line("（" + identity.fiscalYear() + "年度）", cover);
    }
    if (identity.department() != null) {
      line("部门名称：" + identity.department(), cover);
    }
    line(CoverLines.FAMILY + profile.family(), cover);
    // titles, numbers, decimals and headers as printed, so the rebuilt tables can carry them (the
    // parser reads no cover line)
    Set<TableKind> titled = EnumSet.noneOf(TableKind.class);
    for (PublishedGrid grid : grids) {
      if (grid.kind() != null && titled.add(grid.kind())) {
        line(CoverLines.of(grid) + unitHeader(grid), cover);
      }
      if (ExpenditureUnits.listed(grid, department, codedRows(grid))
          && titled.add(TableKind.EXPENDITURE_BY_UNIT)) {
        line(CoverLines.of(grid, TableKind.EXPENDITURE_BY_UNIT), cover);
      }
    }
    Optional<PublishedGrid> allKinds = BasicBesideProject.allKindsOf(grids, department);
    allKinds.ifPresent(g -> line(CoverLines.of(g, TableKind.GENERAL_BUDGET_ECONOMIC), cover));
    Set<TableKind> published = EnumSet.noneOf(TableKind.class);
    Set<TableKind> unread = EnumSet.noneOf(TableKind.class);
    for (PublishedGrid grid : grids) {
      if (grid.kind() == null || published.contains(grid.kind()) || unread.contains(grid.kind())) {
        continue;
      }
      if (!MAPPED.contains(grid.kind())
              && !(grid.kind() == TableKind.PROCUREMENT && ProcurementRows.read(grid).isPresent())
          || BasicBesideProject.summedOverUnits(grid, department)
          || grid.kind() == TableKind.BASIC_EXPENDITURE_SUMMARY
              && !BasicSummaryRows.readable(grid, department, year)
          || needsTotalRow(grid.kind())
              && totalRow(grid, CanonicalColumns.of(grid, vocabulary)).isEmpty()
              && measureRows(grid).isEmpty()) {
        unread.add(grid.kind());
        continue;
      }
      published.add(grid.kind());
      table(grid);
    }
    // a table by economic code printing 基本支出 beside 项目支出 is the 基本支出表 too, where the document
    // prints none of its own
    Optional<PublishedGrid> basic = BasicBesideProject.basicOf(grids, published, unread);
    if (basic.isPresent()) {
      published.add(TableKind.GENERAL_BUDGET_BASIC);
      basicBesideProject(basic.get());
    }
    // its 合计 beside 人员经费, 公用经费 and 项目支出 is the table of every kind by economic code too
    if (allKinds.isPresent() && published.contains(allKinds.get().kind())) {
      published.add(TableKind.GENERAL_BUDGET_ECONOMIC);
      besideOthers(allKinds.get(), TableKind.GENERAL_BUDGET_ECONOMIC);
    }
    // a 支出总表 printed unit by unit is also each unit's spending by function
    for (PublishedGrid grid : grids) {
      if (published.contains(TableKind.EXPENDITURE_SUMMARY)
          && ExpenditureUnits.listed(grid, department, codedRows(grid))
          && published.add(TableKind.EXPENDITURE_BY_UNIT)) {
        expenditureByUnit(grid);
      }
    }
    if (!unread.isEmpty()) {
      text.insert(0, "未读取：" + labels(unread) + "\n");
      places.add(0, cover);
    }
    // a table only some families print is not missing where not printed: no line names it
    Set<TableKind> missing = EnumSet.copyOf(TableKind.everyDocument());
    missing.removeAll(published);
    missing.removeAll(unread);
    if (!missing.isEmpty()) {
      // before the first table, so that the parser reads it as the document's own statement
      text.insert(0, "未公开：" + labels(missing) + "\n");
      places.add(0, cover);
    }
    return new DisclosureTextRenderer.RenderedText(
        text.toString(), places, published.size(), cells);
  }

  private static String labels(Set<TableKind> kinds) {
    return String.join(
        " ", kinds.stream().map(k -> TableNumbering.label(DisclosureFormat.MUNICIPAL, k)).toList());
  }

  /** The canonical tables of one row of figures, which a table of several unlabelled rows lacks. */
  private static boolean needsTotalRow(TableKind kind) {
    return kind == TableKind.INCOME_SUMMARY || kind == TableKind.THREE_PUBLIC_EXPENSES;
  }

  private void table(PublishedGrid grid) {
    String label = TableNumbering.label(DisclosureFormat.MUNICIPAL, grid.kind());
    LinePlace head = new LinePlace(grid.pages().get(0), grid.title().replaceAll("\\s", ""), 0);
    line(label + " " + grid.kind().chinese(), head);
    line("金额单位：" + grid.unit().label(), head);
    CanonicalColumns columns = CanonicalColumns.of(grid, vocabulary, codes.of(grid));
    switch (grid.kind()) {
      case INCOME_EXPENDITURE_SUMMARY, FISCAL_APPROPRIATION_SUMMARY -> balanceSheet(grid, label);
      case INCOME_SUMMARY -> incomeSummary(grid, label, columns);
      case EXPENDITURE_SUMMARY ->
          coded(
              grid,
              label,
              columns,
              "支出功能分类科目",
              false,
              "total",
              "basic",
              "project",
              "operating",
              "remitted",
              "affiliateSubsidy");
      case GENERAL_BUDGET_EXPENDITURE ->
          coded(grid, label, columns, "科目编码", true, BY_UNIT_MEASURES);
      case GOVERNMENT_FUND_EXPENDITURE, STATE_CAPITAL_EXPENDITURE -> {
        Map<String, LabelledFigures.Figure> beside = LabelledFigures.of(grid, rowLabels(grid));
        if (columns.codedRows().isEmpty() && beside.containsKey("total")) {
          fundTotals(grid, label, beside);
        } else {
          coded(grid, label, columns, "科目编码", true, "total", "basic", "project");
        }
      }
      case GENERAL_BUDGET_BASIC ->
          coded(grid, label, columns, "部门支出经济分类科目", false, "total", "personnel", "public");
      case FISCAL_APPROPRIATION_BASIC ->
          coded(grid, label, columns, "部门支出经济分类科目", false, FiscalBasicColumns.measures(grid));
      case GENERAL_BUDGET_PROJECT_ECONOMIC ->
          coded(grid, label, columns, "部门支出经济分类科目", false, BasicBesideProject.projectMeasure(grid));
      // spending by function of one fund group: the same five measures, a column not printed absent
      case FISCAL_APPROPRIATION_EXPENDITURE, GENERAL_BUDGET_BASIC_FUNCTION ->
          coded(
              grid,
              label,
              columns,
              "科目编码",
              true,
              "total",
              "basic",
              "personnel",
              "public",
              "project");
      case THREE_PUBLIC_EXPENSES -> threePublic(grid, label, columns);
      case PROJECT_EXPENDITURE -> projects(grid, label, columns);
      case BASIC_EXPENDITURE_SUMMARY -> basicSummary(grid, label, columns);
      case PROCUREMENT -> procurement(grid, label, ProcurementRows.read(grid).orElseThrow());
      default -> line("说明：本表未按通用格式读取", head);
    }
  }

  /** A coded row's figure of {@code measure}: a printed cell, or every source's money. */
  private static String figure(
      PublishedGrid grid, CanonicalColumns columns, CodedRow row, String measure) {
    return measure.equals(FiscalBasicColumns.EVERY_FUND)
        ? FiscalBasicColumns.everyFund(grid, columns, row.cells(), row.total())
        : columns.text(row.cells(), measure);
  }

  /** 基本支出总表: a unit column, a 类 column and the fund columns ({@link BasicSummaryRows}). */
  private void basicSummary(PublishedGrid grid, String label, CanonicalColumns columns) {
    line(String.join("\t", BasicSummaryRows.HEADER), new LinePlace(grid.pages().get(0), label, 0));
    for (BasicSummaryRows.Row row : BasicSummaryRows.of(grid, columns, department, year)) {
      List<String> out = new ArrayList<>(List.of(row.unit(), row.economicClass()));
      out.addAll(row.figures());
      emit(out, place(grid, row.cells(), label));
    }
  }

  /**
   * 收支总表 and 财政拨款收支总表: income label and amount, spending label and its 合计; an income row is named
   * by the fund source its words mean (so 1、一般公共预算 reads as 一般公共预算拨款收入), a subtotal of sources
   * (财政拨款收入) is left out as the sum of its parts.
   */
  private void balanceSheet(PublishedGrid grid, String label) {
    line("项目\t预算数\t项目\t预算数", new LinePlace(grid.pages().get(0), label, 0));
    List<List<String>> out = new ArrayList<>();
    List<LinePlace> at = new ArrayList<>();
    List<Integer> read = BalanceSheetColumns.of(grid);
    boolean sourcesPrinted =
        grid.rows().stream()
            .map(r -> IncomeLabels.canonical(text(r, read.get(0)), vocabulary))
            .anyMatch(IncomeLabels::isFiscalSource);
    Optional<NameReading> names = codes.of(grid);
    for (int r = 0; r < grid.rows().size(); r++) {
      List<PublishedCell> filled = grid.rows().get(r);
      String incomeLabel = text(filled, read.get(0));
      String incomeAmount = text(filled, read.get(1));
      String spendingLabel = detailed(text(filled, read.get(2)), names, r);
      String spendingAmount = text(filled, read.get(3));
      if (spendingAmount.isEmpty() && TOTAL_SPENDING.contains(spendingLabel)) {
        // a total printed only under a later block (Jiangsu 2019: 支出合计 under spending by use)
        spendingAmount = laterFigure(filled, read.get(3));
      }
      if (incomeLabel.isEmpty() && spendingLabel.isEmpty()) {
        continue;
      }
      String income = IncomeLabels.canonical(incomeLabel, vocabulary);
      if (income == null
          && IncomeLabels.isFiscalSubtotal(incomeLabel, vocabulary)
          && (!sourcesPrinted || !incomeAmount.isEmpty())) {
        // 本级财政拨款收入: without its sources below it the table's only figure of fiscal income, with
        // them their sum, compared with the ledger's (the planner takes income by fund only)
        income = IncomeLabels.FISCAL_SUBTOTAL;
      }
      if (income == null) {
        incomeLabel = "";
        incomeAmount = "";
      } else {
        incomeLabel = income;
      }
      if (incomeLabel.isEmpty() && spendingLabel.isEmpty()) {
        continue;
      }
      out.add(List.of(incomeLabel, incomeAmount, spendingLabel, spendingAmount));
      at.add(place(grid, filled, label));
      if (!spendingLabel.isEmpty() && !text(filled, read.get(3)).isEmpty()) {
        // a figure printed only under a later block was taken as the row's own (laterFigure)
        for (TotalsPrintedAgain.Again again :
            TotalsPrintedAgain.of(filled, read.get(2), read.get(3))) {
          out.add(List.of("", "", TotalsPrintedAgain.AGAIN + spendingLabel, again.amount()));
          at.add(place(grid, filled, label));
        }
      }
    }
    int thisYear = out.size();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).get(2).equals("本年支出合计")) {
        thisYear = i;
        break;
      }
    }
    for (UsesBesideClasses.Use use : UsesBesideClasses.of(grid, read.get(3), vocabulary, year)) {
      out.add(thisYear, List.of("", "", use.label(), use.amount()));
      at.add(thisYear++, place(grid, use.row(), label));
      for (UsesBesideClasses.EconomicClass c : use.classes()) {
        out.add(
            thisYear, List.of("", "", use.label() + "|" + c.code() + "-" + c.name(), c.amount()));
        at.add(thisYear++, place(grid, c.row(), label));
      }
    }
    // the totals of the year and the carry-over a family does not print are not zero: unprinted
    int grand = out.size();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).get(0).equals("收入总计") || out.get(i).get(2).contains("总计")) {
        grand = i;
        break;
      }
    }
    LinePlace totalsAt =
        grand < at.size() ? at.get(grand) : new LinePlace(grid.pages().get(0), label, 0);
    String absent = PublishedAmount.NOT_PRINTED_TEXT;
    if (out.stream().noneMatch(r -> r.get(0).equals("上年结转结余"))) {
      out.add(grand, List.of("上年结转结余", absent, "年终结转结余", absent));
      at.add(grand, totalsAt);
    }
    if (out.stream().noneMatch(r -> r.get(0).equals("本年收入合计"))) {
      out.add(grand, List.of("本年收入合计", absent, "本年支出合计", absent));
      at.add(grand, totalsAt);
    }
    for (int i = 0; i < out.size(); i++) {
      emit(out.get(i), at.get(i));
    }
  }

  private static final Set<String> TOTAL_SPENDING = Set.of("支出总计", "本年支出合计");

  private static String laterFigure(List<PublishedCell> row, int after) {
    return row.stream()
        .filter(c -> c.column() > after && c.isMoney())
        .reduce((first, second) -> second)
        .map(PublishedCell::text)
        .orElse("");
  }

  /**
   * A spending label in canonical words; a 款 or 项 row whose name resolved to its code written
   * {@code 20402-公安}, so that it is compared with the lines under that code (a 类 keeps its name).
   */
  private String detailed(String printed, Optional<NameReading> names, int row) {
    String canonical = IncomeLabels.spending(printed, vocabulary);
    Optional<String> code = names.flatMap(n -> n.codeOf(row));
    if (code.isPresent() && code.get().length() > 3 && !canonical.isEmpty()) {
      return code.get() + "-" + canonical.replaceAll("\\s", "");
    }
    return canonical;
  }

  /**
   * The frame's header of the unit column of a 收入总表 whose units' rows are read ({@code
   * unitRows=单位名称}), so the rebuilt table prints its units' rows too (a profile's {@code unit}
   * measure alone does not: its rows may be left unread); empty for any other table.
   */
  private String unitHeader(PublishedGrid grid) {
    if (grid.kind() != TableKind.INCOME_SUMMARY) {
      return "";
    }
    return incomeUnits(grid, CanonicalColumns.of(grid, vocabulary))
        .map(u -> "\t" + CoverLines.UNIT_ROWS + CoverLines.IS + u.header())
        .orElse("");
  }

  private Optional<IncomeUnitRows.Units> incomeUnits(PublishedGrid grid, CanonicalColumns columns) {
    return linesByUnit
        ? Optional.empty()
        : totalRow(grid, columns).flatMap(t -> IncomeUnitRows.of(grid, t, department));
  }

  /**
   * 收入总表: its 合计 row in the canonical source columns (the municipal table prints only it); where
   * the table prints its units' rows below it ({@link IncomeUnitRows}), a 单位名称 column first and
   * each unit's row after the 合计, named {@code code-name}.
   */
  private void incomeSummary(PublishedGrid grid, String label, CanonicalColumns columns) {
    LinePlace head = new LinePlace(grid.pages().get(0), label, 0);
    Optional<IncomeUnitRows.Units> units = incomeUnits(grid, columns);
    List<String> header = new ArrayList<>(List.of("合计"));
    List<IncomeLabels.Column> shown = new ArrayList<>(IncomeLabels.COLUMNS);
    int beyond = 0;
    for (int i = 0; i < IncomeLabels.BEYOND.size(); i++) {
      if (grid.measures().contains(IncomeLabels.BEYOND.get(i).measure())) {
        beyond = i + 1;
      }
    }
    shown.addAll(IncomeLabels.BEYOND.subList(0, beyond));
    shown.forEach(c -> header.add(c.header()));
    if (units.isPresent()) {
      header.add(0, "单位名称");
    }
    line(String.join("\t", header), head);
    for (List<PublishedCell> row : totalRow(grid, columns).stream().toList()) {
      emit(
          incomeFigures(grid, columns, shown, row, units.isPresent() ? List.of("合计") : List.of()),
          place(grid, row, label));
    }
    for (IncomeUnitRows.UnitRow row : units.map(IncomeUnitRows.Units::rows).orElse(List.of())) {
      emit(
          incomeFigures(grid, columns, shown, row.cells(), List.of(row.unit())),
          place(grid, row.cells(), label));
    }
    // a table by 功能科目 (类/款/项 × source) keeps its rows under their own header, each with its
    // whole code, so that income by function is read and compared as printed
    List<CodedRow> byFunction = IncomeFunctionRows.of(grid, columns);
    if (!byFunction.isEmpty()) {
      List<String> functionHeader =
          new ArrayList<>(List.of(IncomeFunctionRows.HEADER, IncomeFunctionRows.NAME_HEADER));
      functionHeader.addAll(header);
      line(String.join("\t", functionHeader), head);
      for (CodedRow row : byFunction) {
        emit(
            incomeFigures(grid, columns, shown, row.cells(), List.of(row.code(), row.name())),
            place(grid, row.cells(), label));
      }
    }
  }

  /** One 收入总表 row in the canonical columns, after its labels. */
  private static List<String> incomeFigures(
      PublishedGrid grid,
      CanonicalColumns columns,
      List<IncomeLabels.Column> shown,
      List<PublishedCell> row,
      List<String> labels) {
    List<String> out = new ArrayList<>(labels);
    out.add(columns.text(row, "total"));
    for (IncomeLabels.Column c : shown) {
      // a column beyond the canonical ones that this table lacks is blank (absent), not 未列示
      boolean lacking = IncomeLabels.BEYOND.contains(c) && !grid.measures().contains(c.measure());
      out.add(c.measure() == null || lacking ? "" : columns.text(row, c.measure()));
    }
    return out;
  }

  private void coded(
      PublishedGrid grid,
      String label,
      CanonicalColumns columns,
      String codeHeader,
      boolean nameColumn,
      String... measures) {
    coded(grid, grid.kind(), label, columns, codeHeader, nameColumn, measures);
  }

  private void coded(
      PublishedGrid grid,
      TableKind kind,
      String label,
      CanonicalColumns columns,
      String codeHeader,
      boolean nameColumn,
      String... measures) {
    LinePlace head = new LinePlace(grid.pages().get(0), label, 0);
    List<CodedRow> rows = columns.codedRows();
    // a 基本支出表 printing both 经济分类 (Yantai): the canonical table's 政府 and 部门 columns
    // the 项目支出 table by economic code prints the 部门 code alone (BasicBesideProject)
    boolean paired =
        kind != TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC
            && rows.stream().anyMatch(r -> !r.paired().isEmpty());
    List<String> header =
        new ArrayList<>(paired ? List.of(GOV_ECONOMIC_HEADER, codeHeader) : List.of(codeHeader));
    if (nameColumn) {
      header.add("科目名称");
    }
    // where the canonical table lists its rows unit by unit (一般公共预算支出表), each names its unit
    Map<List<PublishedCell>, String> units =
        perUnit(kind) ? UnitBlocks.unitOfRows(grid, department) : Map.of();
    if (!units.isEmpty()) {
      header.add(0, "单位名称");
    }
    header.add("合计");
    for (int i = 1; i < measures.length; i++) {
      header.add(HEADER_WORDS.getOrDefault(measures[i], measures[i]));
    }
    line(String.join("\t", header), head);
    List<CodedRow> written =
        rows.stream()
            .filter(row -> !row.total())
            .filter(row -> isFinest(row, rows) || printsSubtotals(kind) && isClassRow(row))
            .toList();
    // each unit's own row (its name, no code), before its first item: the unit's subtotal
    Map<String, List<PublishedCell>> unitTotals = UnitTotalRows.of(grid, units, rows);
    List<List<CodedRow>> groups = UnitBlocks.byCode(grid, written, perUnit(kind));
    boolean byDeptCode = kind == TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC;
    for (List<CodedRow> same : byDeptCode ? BasicBesideProject.byCode(groups) : groups) {
      CodedRow row = same.get(0);
      List<String> figures = new ArrayList<>();
      for (String m : measures) {
        figures.add(UnitBlocks.sum(same.stream().map(r -> figure(grid, columns, r, m)).toList()));
      }
      if (figures.stream().allMatch(String::isBlank)) {
        // its money, if any, is in a column of words the family lacks (named in the notes): a row
        // of codes alone says nothing, as a row printing no figure at all says nothing
        continue;
      }
      List<String> out = new ArrayList<>();
      if (!units.isEmpty()) {
        String unit = units.getOrDefault(row.cells(), "");
        List<PublishedCell> unitRow = unitTotals.remove(unit);
        if (unitRow != null) {
          emit(
              unitTotal(unit, unitRow, nameColumn, columns, measures), place(grid, unitRow, label));
        }
        out.add(unit);
      }
      if (nameColumn) {
        out.add(row.code());
        out.add(row.name());
      } else if (paired) {
        out.addAll(economicPair(row));
      } else {
        out.add(row.code() + "-" + row.name());
      }
      out.addAll(figures);
      emit(out, place(grid, row.cells(), label));
    }
    for (CodedRow row : rows) {
      if (row.total()) {
        List<String> out = new ArrayList<>();
        if (!units.isEmpty()) {
          out.add("");
        }
        out.add("合计");
        if (nameColumn || paired) {
          out.add("");
        }
        for (String m : measures) {
          out.add(figure(grid, columns, row, m));
        }
        emit(out, place(grid, row.cells(), label));
      }
    }
  }

  /**
   * The 基本支出 column of a table by economic code printing 基本 and 项目 side by side, written as the
   * canonical 基本支出表: its 合计 the printed 基本支出, 人员经费 and 公用经费 where printed (else absent: the kind of
   * each code is then DOMAIN §2's, as for a 基本支出表 of one column).
   */
  private void basicBesideProject(PublishedGrid grid) {
    besideOthers(grid, TableKind.GENERAL_BUDGET_BASIC);
  }

  /**
   * A second canonical table written from a table by economic code printing several uses side by
   * side: its 基本支出 column as 基本支出表 ({@link #basicBesideProject}), or its 合计 with 人员经费, 公用经费 and
   * 项目支出 as the table of every kind by economic code (预算21表).
   */
  private void besideOthers(PublishedGrid grid, TableKind kind) {
    String label = TableNumbering.label(DisclosureFormat.MUNICIPAL, kind);
    LinePlace head = new LinePlace(grid.pages().get(0), grid.title().replaceAll("\\s", ""), 0);
    line(label + " " + kind.chinese(), head);
    line("金额单位：" + grid.unit().label(), head);
    CanonicalColumns columns = CanonicalColumns.of(grid, vocabulary, codes.of(grid));
    if (kind == TableKind.GENERAL_BUDGET_BASIC) {
      coded(grid, kind, label, columns, "部门支出经济分类科目", false, "basic", "personnel", "public");
    } else {
      coded(
          grid,
          kind,
          label,
          columns,
          "部门支出经济分类科目",
          false,
          "total",
          "personnel",
          "public",
          "project");
    }
  }

  private List<CodedRow> codedRows(PublishedGrid grid) {
    return CanonicalColumns.of(grid, vocabulary, codes.of(grid)).codedRows();
  }

  /** A 支出总表 by unit written as {@link TableKind#EXPENDITURE_BY_UNIT} ({@link ExpenditureUnits}). */
  private void expenditureByUnit(PublishedGrid grid) {
    TableKind kind = TableKind.EXPENDITURE_BY_UNIT;
    String label = TableNumbering.label(DisclosureFormat.MUNICIPAL, kind);
    LinePlace head = new LinePlace(grid.pages().get(0), grid.title().replaceAll("\\s", ""), 0);
    line(label + " " + kind.chinese(), head);
    line("金额单位：" + grid.unit().label(), head);
    CanonicalColumns columns = CanonicalColumns.of(grid, vocabulary, codes.of(grid));
    coded(grid, kind, label, columns, "科目编码", true, BY_UNIT_MEASURES);
  }

  /**
   * A fund table printed as a 收支表 (Xi'an's 政府性基金收支表: income, spending by 类 name, by use, by 政府经济分类
   * side by side, no codes): its 类 rows, where the profile names the column listing them and their
   * names resolved in the year's catalogue ({@link FundClassRows}), each with its 合计 only (the
   * table splits spending by use for the whole fund, not per 类: 基本 and 项目 are unprinted there);
   * then its 合计 row from the figures beside the labels the profile names (本年支出合计, 人员经费和公用经费支出 as
   * 基本支出, 专项业务经费支出 as 项目支出).
   */
  private void fundTotals(
      PublishedGrid grid, String label, Map<String, LabelledFigures.Figure> beside) {
    line("科目编码\t科目名称\t合计\t基本支出\t项目支出", new LinePlace(grid.pages().get(0), label, 0));
    Optional<NameReading> classCodes = codes.classesOf(grid);
    Optional<Pattern> classes = FundClassRows.header(grid, profile);
    if (classCodes.isPresent() && classes.isPresent()) {
      String absent = PublishedAmount.NOT_PRINTED_TEXT;
      for (FundClassRows.ClassRow row : FundClassRows.rows(grid, classes.get())) {
        Optional<String> code = classCodes.get().codeOf(row.row());
        if (code.isPresent()) {
          emit(
              List.of(code.get(), row.name(), row.figure(), absent, absent),
              place(grid, row.cells(), label));
        }
      }
    }
    List<String> out = new ArrayList<>(List.of("合计", ""));
    for (String m : List.of("total", "basic", "project")) {
      out.add(beside.containsKey(m) ? beside.get(m).text() : PublishedAmount.NOT_PRINTED_TEXT);
    }
    emit(out, place(grid, beside.get("total").row(), label));
  }

  /** A unit's own row: its name, no code (the parser reads it as the unit's subtotal). */
  private static List<String> unitTotal(
      String unit,
      List<PublishedCell> row,
      boolean nameColumn,
      CanonicalColumns columns,
      String... measures) {
    List<String> out = new ArrayList<>(List.of(unit, ""));
    if (nameColumn) {
      out.add("");
    }
    for (String m : measures) {
      out.add(columns.text(row, m));
    }
    return out;
  }

  private static boolean isFinest(CodedRow row, List<CodedRow> rows) {
    return rows.stream().noneMatch(r -> r.isChildOf(row));
  }

  /** A 类 or 款 row printed above its items (its 3- or 5-digit code). */
  private static boolean isClassRow(CodedRow row) {
    return row.code().matches("\\d{3}|\\d{5}");
  }

  /**
   * Whether the canonical table carries its printed 类 and 款 rows beside the items: the parser reads
   * a 3- or 5-digit row above longer codes as their subtotal, never as a line, so the printed
   * figure is compared with the sum of the rebuilt items.
   */
  private static boolean printsSubtotals(TableKind kind) {
    return kind == TableKind.GENERAL_BUDGET_EXPENDITURE
        || kind == TableKind.EXPENDITURE_SUMMARY
        || kind == TableKind.FISCAL_APPROPRIATION_EXPENDITURE
        || kind == TableKind.GENERAL_BUDGET_BASIC_FUNCTION
        || kind == TableKind.GENERAL_BUDGET_BASIC
        || kind == TableKind.FISCAL_APPROPRIATION_BASIC
        || kind == TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC
        || kind == TableKind.GOVERNMENT_FUND_EXPENDITURE
        || kind == TableKind.STATE_CAPITAL_EXPENDITURE
        || kind == TableKind.GENERAL_BUDGET_ECONOMIC
        || kind == TableKind.EXPENDITURE_BY_UNIT;
  }

  /**
   * A row's 政府 and 部门经济分类 cells, 政府 first as the canonical table prints them: the 5xx code is the
   * 政府 one whichever block the family prints first.
   */
  private static List<String> economicPair(CodedRow row) {
    String own = row.code() + "-" + row.name();
    if (row.paired().isEmpty()) {
      return List.of("", own);
    }
    return row.code().startsWith("5") ? List.of(own, row.paired()) : List.of(row.paired(), own);
  }

  /**
   * Whether the canonical table lists rows unit by unit (一般公共预算支出表: the parser tells its units by
   * their ascending codes); the others hold one row per code, so a family's table by unit is summed
   * over its units ({@link UnitBlocks}).
   */
  private static boolean perUnit(TableKind kind) {
    return kind == TableKind.GENERAL_BUDGET_EXPENDITURE || kind == TableKind.EXPENDITURE_BY_UNIT;
  }

  /**
   * The row holding a table's totals: the one labelled 合计/总计, else the only row with figures (a
   * 收入总表 or 三公 table of one line), else in a table by unit the row whose 合计 is that of all the
   * others (the department above its units). Several rows and none of these (a 三公 table by unit
   * without a total, or printed as a list of items) have no row the canonical table can take.
   */
  static Optional<List<PublishedCell>> totalRow(PublishedGrid printed, CanonicalColumns columns) {
    // a table by 年度 (each unit's 2025年, 2026年, 增减变化金额 rows) holds the budget in its latest year's
    PublishedGrid grid = EarlierYearRows.latest(printed);
    Optional<List<PublishedCell>> labelled =
        grid.rows().stream().filter(columns::isTotalRow).findFirst();
    if (labelled.isPresent()) {
      return labelled;
    }
    List<List<PublishedCell>> withFigures =
        grid.rows().stream().filter(r -> r.stream().anyMatch(PublishedCell::isMoney)).toList();
    if (withFigures.size() == 1) {
      return Optional.of(withFigures.get(0));
    }
    if (!withFigures.isEmpty()
        && withFigures.stream()
            .flatMap(List::stream)
            .filter(PublishedCell::isMoney)
            .allMatch(c -> c.amount().isZero())) {
      // every row zero (a department with no 三公 money, by unit): whichever row is the total, it
      // is zero; the first is taken
      return Optional.of(withFigures.get(0));
    }
    return UnitBlocks.sumOfTheOthers(grid, withFigures);
  }

  /**
   * 政府采购 printed row by row ({@link ProcurementRows}): 采购类别, 采购分组 (the unit or 专项), 采购明细 (the
   * 采购品目's words), 金额 (总计), then each 资金来源 column as printed; the 合计 row first.
   */
  private void procurement(PublishedGrid grid, String label, ProcurementRows.Table table) {
    List<String> header = new ArrayList<>(List.of("采购类别", "采购分组", "采购明细", "金额"));
    header.addAll(table.sourceHeaders());
    line(String.join("\t", header), new LinePlace(grid.pages().get(0), label, 0));
    List<ProcurementRows.Row> all = new ArrayList<>();
    if (table.totalRow() != null) {
      all.add(table.totalRow());
    }
    all.addAll(table.rows());
    for (ProcurementRows.Row row : all) {
      List<String> out =
          new ArrayList<>(
              List.of(
                  row.category().isEmpty() ? "合计" : row.category(),
                  row.group(),
                  row.item(),
                  row.total()));
      out.addAll(row.sources());
      emit(out, place(grid, row.cells(), label));
    }
  }

  /**
   * Columns a 三公 table may print beside its items, with the header the canonical text gives them:
   * rendered only where the table prints them, so a table without them reads as before.
   */
  private static final Map<String, String> BESIDE_THREE_PUBLIC =
      Map.of("threePublic", "“三公”经费小计", "meetings", "会议费", "training", "培训费");

  private static final List<String> THREE_PUBLIC_MEASURES =
      List.of("total", "abroad", "reception", "vehicles", "vehiclePurchase", "vehicleOperation");

  private void threePublic(PublishedGrid grid, String label, CanonicalColumns columns) {
    LinePlace head = new LinePlace(grid.pages().get(0), label, 0);
    Map<String, List<PublishedCell>> byMeasure = measureRows(grid);
    List<String> beside =
        List.of("threePublic", "meetings", "training").stream()
            .filter(
                m -> byMeasure.isEmpty() ? grid.measures().contains(m) : byMeasure.containsKey(m))
            .toList();
    List<String> measures = new ArrayList<>(THREE_PUBLIC_MEASURES);
    measures.addAll(beside);
    Optional<List<PublishedCell>> total =
        byMeasure.isEmpty() ? totalRow(grid, columns) : Optional.empty();
    // a table by unit printing the department's row above its units' keeps the units' rows too,
    // each naming its unit as 一般公共预算支出表's rows do
    List<UnitRowsBelowTotal.UnitRow> units =
        total
            .map(t -> UnitRowsBelowTotal.of(grid, t, department, columns.isTotalRow(t)))
            .orElse(List.of());
    String unitColumn = units.isEmpty() ? "" : "单位名称\t";
    String blank = units.isEmpty() ? "" : "\t";
    StringBuilder top =
        new StringBuilder(unitColumn + "“三公”经费财政拨款预算总额\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费\t\t");
    beside.forEach(m -> top.append('\t').append(BESIDE_THREE_PUBLIC.get(m)));
    line(top.toString(), head);
    line(blank + "\t\t\t小计\t公务用车购置费\t公务用车运行维护费", head);
    // rows the profile names are the measures even where one is labelled 合计 (Quanzhou's list of
    // items under its 合计): read as one row, the items would be lost
    if (!byMeasure.isEmpty()) {
      emit(
          measures.stream()
              .map(
                  m ->
                      byMeasure.containsKey(m)
                          ? columns.text(byMeasure.get(m), "total")
                          : PublishedAmount.NOT_PRINTED_TEXT)
              .toList(),
          place(grid, byMeasure.values().iterator().next(), label));
      return;
    }
    // the 财政拨款 figure of an item printed by fund is the sum of its fund columns
    for (List<PublishedCell> row : total.stream().toList()) {
      List<String> out = new ArrayList<>(units.isEmpty() ? List.of() : List.of(""));
      measures.forEach(m -> out.add(columns.sum(row, m)));
      emit(out, place(grid, row, label));
    }
    for (UnitRowsBelowTotal.UnitRow row : units) {
      List<String> out = new ArrayList<>(List.of(row.unit()));
      measures.forEach(m -> out.add(columns.sum(row.cells(), m)));
      emit(out, place(grid, row.cells(), label));
    }
  }

  /**
   * 项目支出表: 项目名称, 单位名称 (the unit heading the project where the table lists projects unit by unit),
   * then the canonical fund columns ({@link ProjectColumn#ALL}), a column the family does not print
   * written as unprinted; the 合计 row last. A unit's heading row is its projects' subtotal: written
   * with 单位小计 as its name so the parser reads it as that, not as a project.
   */
  private void projects(PublishedGrid grid, String label, CanonicalColumns columns) {
    LinePlace head = new LinePlace(grid.pages().get(0), label, 0);
    List<String> header = new ArrayList<>(List.of("项目名称", "单位名称"));
    ProjectColumn.ALL.forEach(c -> header.add(c.header()));
    line(String.join("\t", header), head);
    boolean totalWritten = false;
    for (ProjectRows.Row row : ProjectRows.of(grid, columns)) {
      String name = row.total() ? "合计" : row.unitRow() ? PROJECT_UNIT_SUBTOTAL : row.name();
      List<String> out = new ArrayList<>(List.of(name, row.total() ? "" : row.unit()));
      ProjectColumn.ALL.forEach(c -> out.add(projectFigure(columns, row.cells(), c)));
      emit(out, place(grid, row.cells(), label));
      totalWritten |= row.total();
    }
    for (List<PublishedCell> row : totalWritten ? List.<List<PublishedCell>>of() : grid.rows()) {
      if (columns.isTotalRow(row) && row.stream().anyMatch(PublishedCell::isMoney)) {
        List<String> out = new ArrayList<>(List.of("合计", ""));
        ProjectColumn.ALL.forEach(c -> out.add(projectFigure(columns, row, c)));
        emit(out, place(grid, row, label));
        return;
      }
    }
  }

  /**
   * A project row's figure of one canonical column; 单位资金 is the column a family calls 其他资金
   * (Guangzhou, measure otherFunds, its 基本支出总表's word too) where it prints no 单位资金, else the unit's
   * own sources it prints under 单位资金 added up (Shenzhen: 事业收入 … 其他收入).
   */
  private static String projectFigure(
      CanonicalColumns columns, List<PublishedCell> row, ProjectColumn column) {
    String text = columns.text(row, column.key());
    if (!column.key().equals("unitFunds") || !text.equals(PublishedAmount.NOT_PRINTED_TEXT)) {
      return text;
    }
    String other = columns.text(row, "otherFunds");
    if (!other.equals(PublishedAmount.NOT_PRINTED_TEXT)) {
      return other;
    }
    List<String> own =
        UNIT_OWN_SOURCES.stream()
            .map(s -> columns.text(row, s))
            .filter(t -> !t.equals(PublishedAmount.NOT_PRINTED_TEXT))
            .toList();
    return own.isEmpty() ? text : UnitBlocks.sum(own);
  }

  /** The sources a unit raises itself, which a 项目支出表 may print one by one under 单位资金. */
  private static final List<String> UNIT_OWN_SOURCES =
      List.of(
          "BUSINESS_INCOME",
          "OPERATING_INCOME",
          "SUPERIOR_SUBSIDY",
          "AFFILIATE_REMITTANCE",
          "OTHER_INCOME");

  /** The name the canonical 项目支出表 gives a unit's subtotal row. */
  static final String PROJECT_UNIT_SUBTOTAL = "单位小计";

  /**
   * A table that lists its measures as rows, by the profile's row patterns (the first row each
   * names), in the order the table prints them; empty when the profile names none.
   */
  private Map<String, List<PublishedCell>> measureRows(PublishedGrid grid) {
    Map<String, Pattern> patterns = rowLabels(grid);
    Map<String, List<PublishedCell>> rows = new LinkedHashMap<>();
    for (List<PublishedCell> row : grid.rows()) {
      String label =
          row.stream()
              .filter(c -> !c.isMoney())
              .map(c -> c.text().replaceAll("\\s", ""))
              .filter(t -> !t.isEmpty())
              .findFirst()
              .orElse("");
      patterns.forEach(
          (measure, pattern) -> {
            if (pattern.matcher(label).find()) {
              rows.putIfAbsent(measure, row);
            }
          });
    }
    return rows;
  }

  /**
   * The measures the profile names by row label in this table; empty when it names none. The 类
   * column's header ({@link FundClassRows#CLASSES}) names no measure.
   */
  private Map<String, Pattern> rowLabels(PublishedGrid grid) {
    Map<String, Pattern> rows =
        new LinkedHashMap<>(
            profile.tableTitled(grid.title()).map(ProfileTable::rows).orElse(Map.of()));
    rows.remove(FundClassRows.CLASSES);
    return rows;
  }

  private static String text(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column)
        .findFirst()
        .map(c -> c.text().replace('\t', ' ').replace('\n', ' ').strip())
        .orElse("");
  }

  /** A row's place names the table as the document titles it, so a problem points at the page. */
  private static LinePlace place(PublishedGrid grid, List<PublishedCell> row, String label) {
    Optional<PublishedCell> first = row.stream().findFirst();
    return new LinePlace(
        first.map(PublishedCell::page).orElse(grid.pages().get(0)),
        grid.title().replaceAll("\\s", ""),
        first.map(PublishedCell::row).orElse(0));
  }

  private void emit(List<String> texts, LinePlace place) {
    cells += (int) texts.stream().filter(t -> !t.isEmpty()).count();
    line(String.join("\t", texts), place);
  }

  private void line(String content, LinePlace place) {
    text.append(content).append('\n');
    places.add(place);
  }
}
