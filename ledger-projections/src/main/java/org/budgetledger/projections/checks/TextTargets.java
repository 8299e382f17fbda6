package org.budgetledger.projections.checks;

import static org.budgetledger.projections.tables.TableKind.EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.FISCAL_APPROPRIATION_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_EXPENDITURE;
import static org.budgetledger.projections.tables.TableKind.INCOME_EXPENDITURE_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.PROCUREMENT;
import static org.budgetledger.projections.tables.TableKind.PURCHASED_SERVICES;
import static org.budgetledger.projections.tables.TableKind.THREE_PUBLIC_EXPENSES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.core.catalogue.Codes;
import org.budgetledger.projections.reconciliation.Figures;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.procurement.ProcurementBuilder;

/**
 * Which table figure a quoted amount names, read from the words before it: the general rule per
 * kind of figure (收支总预算, 收入预算, 基本支出, a 类 name, 公务接待费, 政府采购总额 …), never a document's own wording. A
 * quote names a figure when its label ends with the words; the first rule that matches decides.
 * Several candidate cells are allowed where the families differ (收入预算 is 收入总计 in some documents,
 * 本年收入合计 in others); the quote agrees when it meets one.
 */
final class TextTargets {
  private record Target(String what, Pattern label, Resolver resolver) {}

  private interface Resolver {
    List<RuleFigure> candidates(Figures f, boolean fiscal);
  }

  private static final List<Target> TARGETS =
      List.of(
          target(
              "财政拨款收支总预算",
              "财政拨款收支总?预算(总额|数)?$",
              (f, fiscal) -> List.of(f.of(FISCAL_APPROPRIATION_SUMMARY, "totals:grand", "income"))),
          target("收支总预算", "收支总?预算(总额|数)?$", (f, fiscal) -> balance(f, fiscal, "income")),
          target(
              "一般公共预算收入",
              "一般公共预算(财政)?(拨款)?(收入|资金)$",
              (f, fiscal) -> income(f, fiscal, "GENERAL_BUDGET")),
          target(
              "政府性基金收入",
              "政府性基金(预算)?(财政)?(拨款)?(收入|资金)$",
              (f, fiscal) -> income(f, fiscal, "GOVERNMENT_FUND")),
          target(
              "国有资本经营收入",
              "国有资本经营(预算)?(财政)?(拨款)?(收入|资金)$",
              (f, fiscal) -> income(f, fiscal, "STATE_CAPITAL")),
          target("事业收入", "(?<!经营)事业收入$", (f, fiscal) -> income(f, false, "BUSINESS_INCOME")),
          target("事业单位经营收入", "事业单位经营收入$", (f, fiscal) -> income(f, false, "OPERATING_INCOME")),
          target("其他收入", "其他收入$", (f, fiscal) -> income(f, false, "OTHER_INCOME")),
          target(
              "财政拨款收入",
              "财政拨款收入(预算)?$",
              (f, fiscal) ->
                  List.of(
                      f.of(FISCAL_APPROPRIATION_SUMMARY, "totals:currentYear", "income"),
                      f.of(FISCAL_APPROPRIATION_SUMMARY, "totals:grand", "income"))),
          target("收入预算", "收入(总)?预算(总额|数)?$", (f, fiscal) -> balance(f, fiscal, "income")),
          target("支出预算", "支出(总)?预算(总额|数)?$", (f, fiscal) -> balance(f, fiscal, "spending")),
          target(
              "基本支出",
              "基本支出(预算)?$",
              (f, fiscal) ->
                  List.of(
                      f.of(EXPENDITURE_SUMMARY, "total", "basic"),
                      f.of(GENERAL_BUDGET_EXPENDITURE, "total", "basic"))),
          target(
              "项目支出",
              "项目支出(预算)?$",
              (f, fiscal) ->
                  List.of(
                      f.of(EXPENDITURE_SUMMARY, "total", "project"),
                      f.of(GENERAL_BUDGET_EXPENDITURE, "total", "project"))),
          target("“三公”经费", "三公”?经费(财政拨款)?(预算)?(总额|数)?$", (f, fiscal) -> threePublic(f, "total")),
          target("因公出国（境）费用", "因公出国[（(]境[）)](费用|经费)?.*$", (f, fiscal) -> threePublic(f, "abroad")),
          target("公务接待费", "公务接待费.*$", (f, fiscal) -> threePublic(f, "reception")),
          target("公务用车运行维护费", "公务用车运行维护费.*$", (f, fiscal) -> threePublic(f, "vehicleOperation")),
          target(
              "公务用车购置费", "公务用车购置(费|经费)?[^和及]*$", (f, fiscal) -> threePublic(f, "vehiclePurchase")),
          target(
              "政府采购总额",
              "政府采购(预算)?总额$",
              (f, fiscal) -> List.of(f.of(PROCUREMENT, "total", "amount"))),
          target("政府采购货物预算", "政府采购货物(预算)?$", (f, fiscal) -> procurement(f, "A")),
          target("政府采购工程预算", "政府采购工程(预算)?$", (f, fiscal) -> procurement(f, "B")),
          target("政府采购服务预算", "政府采购服务(预算)?$", (f, fiscal) -> procurement(f, "C")),
          target(
              "政府购买服务预算总额",
              "政府购买服务.*(预算总额|总额)$",
              (f, fiscal) -> List.of(f.of(PURCHASED_SERVICES, "total", "amount"))));

  /** A label that names no figure by itself: the sentence before it says which. */
  private static final Pattern BARE = Pattern.compile("^(其中)?(预算)?(总额|总计|合计|金额|预算数|预算)$");

  private TextTargets() {}

  private static Target target(String what, String label, Resolver resolver) {
    return new Target(what, Pattern.compile(label), resolver);
  }

  /** What a quote names and the table figures it may equal; empty when it names none we know. */
  static Optional<Named> resolve(Quote quote, Figures f, Map<String, String> classes) {
    String label = BARE.matcher(quote.label()).matches() ? quote.lead() : quote.label();
    boolean fiscal =
        // The words before the amount say whose it is: "收入预算 5,004 万元，其中：财政拨款收入 3,173 万元"
        // quotes the whole budget, although its sentence goes on to 财政拨款.
        quote.lead().contains("财政拨款收") || quote.paragraph().text().contains("财政拨款收支");
    for (Target t : TARGETS) {
      if (t.label().matcher(label).find()) {
        List<RuleFigure> candidates =
            t.resolver().candidates(f, fiscal).stream().filter(c -> f.has(c.table())).toList();
        return candidates.isEmpty()
            ? Optional.empty()
            : Optional.of(new Named(t.what(), candidates));
      }
    }
    TableKind summary = fiscal ? FISCAL_APPROPRIATION_SUMMARY : INCOME_EXPENDITURE_SUMMARY;
    if (!f.has(summary)) {
      return Optional.empty();
    }
    return functionClass(label, classes)
        .map(
            code ->
                new Named(
                    classes.get(code), List.of(f.of(summary, "spending:" + code, "spending"))));
  }

  /** The 类 of the year by code, names normalised: read once per document. */
  static Map<String, String> classes(Catalogues catalogues, int year) {
    Map<String, String> classes = new LinkedHashMap<>();
    for (int code = 200; code < 300; code++) {
      String c = String.valueOf(code);
      catalogues
          .function()
          .nameOf(c, year)
          .ifPresent(name -> classes.put(c, Codes.normalisedName(name)));
    }
    return classes;
  }

  /** The 类 whose year's name ends the label, longest name first. */
  static Optional<String> functionClass(String label, Map<String, String> classes) {
    String wanted = Codes.normalisedName(label);
    String best = null;
    for (Map.Entry<String, String> c : classes.entrySet()) {
      if (wanted.endsWith(c.getValue())
          && (best == null || c.getValue().length() > classes.get(best).length())) {
        best = c.getKey();
      }
    }
    return Optional.ofNullable(best);
  }

  record Named(String what, List<RuleFigure> candidates) {}

  private static List<RuleFigure> balance(Figures f, boolean fiscal, String side) {
    TableKind table = fiscal ? FISCAL_APPROPRIATION_SUMMARY : INCOME_EXPENDITURE_SUMMARY;
    if (!f.has(table)) {
      return List.of();
    }
    return List.of(f.of(table, "totals:grand", side), f.of(table, "totals:currentYear", side));
  }

  private static List<RuleFigure> income(Figures f, boolean fiscal, String source) {
    List<RuleFigure> out = new ArrayList<>();
    if (f.has(INCOME_EXPENDITURE_SUMMARY)) {
      out.add(f.of(INCOME_EXPENDITURE_SUMMARY, "income:" + source, "income"));
    }
    if (fiscal && f.has(FISCAL_APPROPRIATION_SUMMARY)) {
      out.add(f.of(FISCAL_APPROPRIATION_SUMMARY, "income:" + source, "income"));
    }
    return out;
  }

  private static List<RuleFigure> threePublic(Figures f, String column) {
    return f.rows(THREE_PUBLIC_EXPENSES, r -> r.type() != RowType.TEXT).stream()
        .findFirst()
        .map(row -> List.of(f.of(THREE_PUBLIC_EXPENSES, row.key(), column)))
        .orElse(List.of());
  }

  private static List<RuleFigure> procurement(Figures f, String letter) {
    if (!f.has(PROCUREMENT)) {
      return List.of();
    }
    // the category's own rows: a table printed row by row also has its groups and items under it
    List<TableRow> rows =
        f.rows(
            PROCUREMENT,
            r -> r.key().startsWith(letter) && !r.key().contains(ProcurementBuilder.SEPARATOR));
    if (rows.isEmpty()) {
      return List.of(f.of(PROCUREMENT, letter, "amount"));
    }
    return rows.stream().map(r -> f.of(PROCUREMENT, r.key(), "amount")).toList();
  }
}
