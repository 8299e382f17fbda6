package org.budgetledger.app.importer.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetledger.core.model.Derivation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;

/** Says for each reconstructed leg how its amount was derived, for provenance. */
final class LegDerivations {
  private LegDerivations() {}

  /**
   * How a leg was derived; {@code byFunctionTables} where 支出总表 prints no function rows, so a line's
   * row is one of the tables by function ({@link LineRows}), not of 支出总表.
   */
  static Derivation of(
      LineCell cell,
      List<LineCell> all,
      Map<String, Long> values,
      int decimals,
      long gapFen,
      boolean byFunctionTables) {
    Derivation derivation = rule(cell, all, values, decimals, gapFen, byFunctionTables);
    List<String> parts =
        all.stream()
            .filter(
                c ->
                    c.threePublicPart()
                        && !cell.threePublicPart()
                        && c.unit().equals(cell.unit())
                        && c.function().equals(cell.function())
                        && c.kind() == cell.kind()
                        && c.source() == cell.source()
                        && values.getOrDefault(c.id(), 0L) != 0)
            .map(c -> c.dept() + " " + Fen.of(values.get(c.id())).formatWan(6) + " 万元")
            .toList();
    if (parts.isEmpty()) {
      return derivation;
    }
    // the line's printed figure also holds the 三公 parts split off it: say so where it is read
    return new Derivation(
        derivation.rule(),
        derivation.explanation()
            + "; less the parts paying 三公 items recorded under their codes ("
            + String.join(", ", parts)
            + ", THREE_PUBLIC_FROM_PROJECT)");
  }

  private static Derivation rule(
      LineCell cell,
      List<LineCell> all,
      Map<String, Long> values,
      int decimals,
      long gapFen,
      boolean byFunctionTables) {
    if (cell.gap()) {
      return new Derivation(
          "GAP_RESIDUAL",
          "预算03表 合计 exceeds the rows the document's text"
              + " contains by "
              + Fen.of(gapFen).formatWan(6)
              + " 万元; 收支总表 places it in 类 "
              + cell.classCode()
              + ". The missing rows' units and economic codes are unknown.");
    }
    String name =
        (byFunctionTables ? "row by function (支出总表 prints none) " : "预算03表 row ")
            + cell.expenditureRow()
            + " ("
            + cell.kind().chinese()
            + ")";
    String rounding = decimals < 6 ? " within their rounding to " + decimals + " decimals" : "";
    if (cell.threePublicPart()) {
      return new Derivation(
          "THREE_PUBLIC_FROM_PROJECT",
          name
              + ": the part paying the 三公 table's item "
              + cell.dept()
              + " on unit "
              + cell.unit()
              + " from "
              + cell.source().chinese()
              + ". 基本支出表's rows of that code hold less than the 三公 table prints, and no"
              + " table prints 项目支出 by economic code, so the rest is spread over the fiscal"
              + " project lines"
              + (byFunctionTables
                  ? " (the tables by function leave each row's 基本/项目 split open: 基本支出表"
                      + " holds all basic money by code, so the rest of the item is 项目支出)"
                  : "")
              + " so that the 三公 table and every total hold"
              + rounding
              + ". Which project or function pays it the document does not say: this is one split"
              + " meeting every published figure.");
    }
    List<LineCell> row =
        all.stream()
            .filter(
                c ->
                    !c.gap()
                        && !c.threePublicPart()
                        && c.expenditureRow().equals(cell.expenditureRow())
                        && c.kind().isBasic() == cell.kind().isBasic()
                        && c.kind().isProject() == cell.kind().isProject())
            .toList();
    Set<FundSource> paying = new LinkedHashSet<>();
    row.stream()
        .filter(c -> values.getOrDefault(c.id(), 0L) != 0)
        .forEach(c -> paying.add(c.source()));
    if (cell.source() == FundSource.NON_FISCAL) {
      return new Derivation(
          "NON_FISCAL_UNSPLIT",
          name
              + ": the part paid from money other than"
              + " 财政拨款 on unit "
              + cell.unit()
              + ", so that 收支总表 less 财政拨款收支总表 and every"
              + " other table hold"
              + rounding
              + ". The unit's non-fiscal income has several sources"
              + " and no table says which of them pays this line.");
    }
    if (cell.source() == FundSource.GENERAL_BUDGET_CARRY_OVER) {
      return new Derivation(
          "CARRY_OVER_BY_CLASS",
          name
              + ": the part paid from 上年结转 一般公共预算 on unit "
              + cell.unit()
              + ". 一般公共预算支出表 prints this year's money only; 财政拨款收支总表 less it fixes the"
              + " carry-over by 类, and the row's other figures hold"
              + rounding
              + (paying.size() > 1
                  ? ". Where other sources pay the 类 too, which item the carry-over pays no table"
                      + " says: this is one split meeting every published figure"
                  : ""));
    }
    if (cell.source() == FundSource.FISCAL_CARRY_OVER) {
      return new Derivation(
          "CARRY_OVER_BY_CLASS",
          name
              + ": the part paid from 上年结转 财政拨款 on unit "
              + cell.unit()
              + ". 财政拨款收支总表 carries it over without its fund type (一般公共预算, 政府性基金 or 国有资本经营)"
              + " and 收入总表 prints 上年结转 without fund columns, so the ledger names none; it pays"
              + " where 财政拨款收支总表 spends beyond the fiscal tables by function, fixed by 类"
              + rounding
              + (paying.size() > 1
                  ? ". Where other sources pay the 类 too, their split is one meeting every"
                      + " published figure"
                  : ""));
    }
    if (paying.size() > 1) {
      return new Derivation(
          "SPLIT_ACROSS_SOURCES",
          name
              + " split between "
              + paying.stream().map(FundSource::chinese).collect(Collectors.joining(", "))
              + " so that 一般公共预算支出表,"
              + " 基本支出表, the 政府性基金 and 国有资本经营 tables, 收支总表 and 财政拨款收支总表 hold"
              + rounding
              + "; this part on unit "
              + cell.unit());
    }
    if (!cell.general()) {
      return new Derivation(
          "SINGLE_SOURCE",
          name
              + " paid wholly from "
              + cell.source().chinese()
              + " on unit "
              + cell.unit()
              + (cell.fiscal()
                  ? ": its own 支出表 prints the function"
                  : ": 收入总表 prints it as the only income besides 财政拨款 of the unit, or by"
                      + " 功能科目 of this function")
              + ", and the tables leave no other"
              + " source any of it"
              + rounding);
    }
    if (cell.projectCode()) {
      return new Derivation(
          "SPLIT_ACROSS_CODES",
          name
              + " prints no economic codes; its 一般公共预算 项目支出 is spread over the 部门经济分类"
              + " codes of the 项目支出 table by economic code so that both tables and every total"
              + " hold"
              + rounding
              + ". The document does not say which function or project each code's amount belongs"
              + " to: this is one split meeting every published figure; unit "
              + cell.unit());
    }
    if (cell.spread()) {
      return new Derivation(
          "SPLIT_ACROSS_CODES",
          name
              + " prints no economic codes; its 一般公共预算 基本支出 is spread over the 部门经济分类"
              + " codes of 基本支出表 so that both tables and every total hold"
              + rounding
              + ". The document does not say which function each code's amount belongs to:"
              + " this is one split meeting every published figure; unit "
              + cell.unit());
    }
    List<LineCell> siblings = row.stream().filter(LineCell::general).toList();
    if (siblings.size() > 1) {
      String units = siblings.stream().map(LineCell::unit).collect(Collectors.joining(", "));
      return new Derivation(
          "SPLIT_ACROSS_UNITS",
          name
              + " split over units "
              + units
              + " so that 一般公共预算支出表, 基本支出表 and every total hold"
              + rounding);
    }
    if (decimals < 6) {
      return new Derivation(
          "UNROUNDED",
          name
              + ", printed to "
              + decimals
              + " decimals: exact fen"
              + " chosen so that every table's figures round to what was printed; unit "
              + cell.unit()
              + " is the only one with this function and kind in 一般公共预算支出表");
    }
    return new Derivation(
        "SINGLE_UNIT",
        name
            + " as printed; unit "
            + cell.unit()
            + " is the only one with this function and kind in 一般公共预算支出表");
  }
}
