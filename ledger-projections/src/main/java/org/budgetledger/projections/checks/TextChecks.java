package org.budgetledger.projections.checks;

import static org.budgetledger.projections.tables.TableKind.FISCAL_APPROPRIATION_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.INCOME_EXPENDITURE_SUMMARY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.core.catalogue.Codes;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.reconciliation.Figures;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.TableKind;

/**
 * Family 3, the text against the tables: every amount 情况说明 quotes, in the unit it is written in,
 * against the table figure its words name ({@link TextTargets}); the items of a list (其中, 包括)
 * against the total they explain; and a 类 the table has but a list of 类 leaves out. What a finding
 * reads from a table or works out (a sum, a difference) it prints in the document's unit, as the
 * table findings do: a document in 元 may quote 万元 in its text.
 */
final class TextChecks {
  private TextChecks() {}

  static void run(
      CheckedDocument document,
      List<Paragraph> paragraphs,
      Catalogues catalogues,
      List<Finding> out) {
    TableSet set = document.tables();
    Figures f = new Figures(set);
    Quote lastTotal = null;
    Map<String, String> classes = TextTargets.classes(catalogues, document.year());
    Map<String, Integer> scopes = scopes(paragraphs, f, classes);
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph paragraph = paragraphs.get(i);
      List<Quote> quotes = Quotes.in(paragraph);
      for (Quote quote : quotes) {
        if (!quote.comparison()) {
          TextTargets.resolve(quote, f, classes)
              .ifPresent(named -> out.add(against(quote, named, set, scopes)));
        }
      }
      lastTotal = lists(quotes, lastTotal, set, out);
      omittedClasses(document, paragraph, listText(paragraphs, i), f, classes, out);
    }
  }

  /** How many different amounts the document quotes for each figure it names. */
  private static Map<String, Integer> scopes(
      List<Paragraph> paragraphs, Figures f, Map<String, String> classes) {
    Map<String, java.util.Set<Fen>> amounts = new java.util.HashMap<>();
    for (Paragraph paragraph : paragraphs) {
      for (Quote quote : Quotes.in(paragraph)) {
        if (!quote.comparison()) {
          TextTargets.resolve(quote, f, classes)
              .ifPresent(
                  named ->
                      amounts
                          .computeIfAbsent(named.what(), k -> new java.util.HashSet<>())
                          .add(quote.amount()));
        }
      }
    }
    Map<String, Integer> counts = new java.util.HashMap<>();
    amounts.forEach((what, set) -> counts.put(what, set.size()));
    return counts;
  }

  private static Finding against(
      Quote quote, TextTargets.Named named, TableSet set, Map<String, Integer> scopes) {
    RuleCheck best = null;
    for (RuleFigure candidate : named.candidates()) {
      RuleCheck check =
          RuleCheck.of(
              3,
              "情况说明 " + named.what() + " = 表中数",
              List.of(quoteFigure(quote, named.what())),
              List.of(candidate));
      if (best == null || check.status().compareTo(best.status()) < 0) {
        best = check;
      }
    }
    Finding finding = RuleFindings.finding(best, CheckKind.TEXT, set);
    CheckFigure table = finding.figures().get(1);
    MoneyUnit unit = set.documentUnit();
    String message =
        switch (finding.status()) {
          case PASS ->
              "情况说明所述"
                  + named.what()
                  + " "
                  + quote.printed()
                  + " "
                  + quote.unit()
                  + "与"
                  + table.place().tableLabel()
                  + "一致。";
          case ROUNDING ->
              "情况说明所述"
                  + named.what()
                  + " "
                  + quote.printed()
                  + " "
                  + quote.unit()
                  + "与"
                  + table.place().tableLabel()
                  + "的 "
                  + Money.exact(table.amount(), unit)
                  + "相差 "
                  + Money.exact(finding.difference(), unit)
                  + "，在舍入范围内。";
          default ->
              "情况说明所述"
                  + named.what()
                  + " "
                  + quote.printed()
                  + " "
                  + quote.unit()
                  + "与"
                  + table.place().tableLabel()
                  + "的 "
                  + Money.exact(table.amount(), unit)
                  + "不符，相差 "
                  + Money.exact(finding.difference(), unit)
                  + "。";
        };
    // A figure quoted where the table shows nothing: the table may lack the row, or its row was
    // not read; the text alone cannot tell which.
    boolean blank = table.amount().isZero() || quote.amount().isZero();
    boolean differs = finding.status() == CheckStatus.FAIL || finding.status() == CheckStatus.WARN;
    CheckStatus status = finding.status();
    if (differs && blank) {
      status = CheckStatus.WARN;
      message += "一方为空：可能未列此项，也可能未能读出，无法判定。";
    } else if (differs && scopes.getOrDefault(named.what(), 1) > 1) {
      // The same figure quoted with several amounts: a document that also explains its units'
      // own budgets quotes each unit's 支出预算; which one is the department's the text does not say.
      status = CheckStatus.WARN;
      message +=
          "文中“" + named.what() + "”有 " + scopes.get(named.what()) + " 个不同金额，可能分属本部门和所属单位，无法判定。";
    }
    return new Finding(
        "文字金额与表格一致",
        CheckKind.TEXT,
        status,
        message,
        quote.place(),
        finding.figures(),
        finding.difference(),
        finding.toleranceFen());
  }

  static RuleFigure quoteFigure(Quote quote, String what) {
    return new RuleFigure(
        null,
        "narrative:" + quote.place().lineNo(),
        "",
        "情况说明 " + what + " " + quote.printed() + " " + quote.unit(),
        quote.amount(),
        quote.decimals(),
        quote.place().lineNo());
  }

  /**
   * Each list of two or more items against its total: the first amount of the sentence before the
   * list, else the last total quoted before it. Fewer than the total may be a partial list (WARN);
   * more is wrong (FAIL).
   */
  private static Quote lists(List<Quote> quotes, Quote lastTotal, TableSet set, List<Finding> out) {
    Map<Integer, List<Quote>> lists = new LinkedHashMap<>();
    Quote total = lastTotal;
    for (Quote q : quotes) {
      if (q.comparison()) {
        continue;
      }
      if (q.listId() > 0) {
        lists.computeIfAbsent(q.listId(), k -> new ArrayList<>()).add(q);
      } else if (q.listId() == 0) {
        total = q;
      }
      Quote listTotal = total;
      if (q.listId() > 0 && lists.get(q.listId()).size() == 1) {
        lists.get(q.listId()).add(0, listTotal);
      }
    }
    for (List<Quote> list : lists.values()) {
      Quote head = list.get(0);
      List<Quote> items = list.subList(1, list.size());
      if (head == null || items.size() < 2) {
        continue;
      }
      out.add(listSum(head, items, set));
    }
    return total;
  }

  private static Finding listSum(Quote total, List<Quote> items, TableSet set) {
    List<RuleFigure> parts = items.stream().map(q -> quoteFigure(q, q.label())).toList();
    RuleCheck check =
        RuleCheck.of(3, "情况说明 列举各项之和 = 总数", List.of(quoteFigure(total, total.label())), parts);
    Finding finding = RuleFindings.finding(check, CheckKind.TEXT, set);
    CheckStatus status = finding.status();
    MoneyUnit unit = set.documentUnit();
    String sum = Money.exact(check.right(), unit);
    String message =
        switch (status) {
          case PASS ->
              "情况说明列举的 "
                  + items.size()
                  + " 项合计 "
                  + sum
                  + "，等于所述总数 "
                  + total.printed()
                  + " "
                  + total.unit()
                  + "。";
          case ROUNDING ->
              "情况说明列举的 "
                  + items.size()
                  + " 项合计 "
                  + sum
                  + "，与所述总数 "
                  + total.printed()
                  + " "
                  + total.unit()
                  + "相差 "
                  + Money.exact(check.difference(), unit)
                  + "，在各项舍入范围内。";
          default ->
              "情况说明列举的 "
                  + items.size()
                  + " 项合计 "
                  + sum
                  + "，与所述总数 "
                  + total.printed()
                  + " "
                  + total.unit()
                  + "相差 "
                  + Money.exact(check.difference(), unit)
                  + "。";
        };
    if (status == CheckStatus.FAIL && check.difference().isPositive()) {
      status = CheckStatus.WARN;
      message += "列举项少于总数，可能只列举了部分项目，无法判定是否遗漏。";
    }
    return new Finding(
        "列举各项之和等于总数",
        CheckKind.TEXT,
        status,
        message,
        items.get(0).place(),
        finding.figures(),
        finding.difference(),
        finding.toleranceFen());
  }

  /** A paragraph naming two or more 类 against the 类 with money in the table it describes. */
  /**
   * A paragraph's text with the paragraphs it runs on into: a line ending in "；" ends a paragraph
   * (a list item), but a list of classes goes on after it until a sentence ends.
   */
  private static String listText(List<Paragraph> paragraphs, int from) {
    StringBuilder text = new StringBuilder(paragraphs.get(from).text());
    for (int i = from + 1; i < paragraphs.size() && text.toString().strip().endsWith("；"); i++) {
      text.append(paragraphs.get(i).text());
    }
    return text.toString();
  }

  private static void omittedClasses(
      CheckedDocument document,
      Paragraph paragraph,
      String list,
      Figures f,
      Map<String, String> classes,
      List<Finding> out) {
    String text = Codes.normalisedName(list);
    if (!text.contains("支出包括")) {
      return;
    }
    Set<String> named = new LinkedHashSet<>();
    classes.forEach(
        (code, name) -> {
          if (text.contains(name)) {
            named.add(code);
          }
        });
    if (named.size() < 2) {
      return;
    }
    boolean fiscal = text.contains("财政拨款");
    TableKind table = fiscal ? FISCAL_APPROPRIATION_SUMMARY : INCOME_EXPENDITURE_SUMMARY;
    if (!f.has(table)) {
      return;
    }
    TableSet set = document.tables();
    String label = set.number(table) + " " + table.chinese();
    List<String> missing = new ArrayList<>();
    List<CheckFigure> figures = new ArrayList<>();
    for (var row : f.rows(table, Figures.keyStarts("spending:"))) {
      RuleFigure figure = f.of(table, row.key(), "spending");
      String code = row.key().substring("spending:".length());
      if (!figure.amount().isZero() && !named.contains(code)) {
        missing.add(
            classes.getOrDefault(code, code)
                + " "
                + Money.known(figure.amount(), figure.decimals(), set.documentUnit()));
        figures.add(RuleFindings.figure(figure, set));
      }
    }
    Place place = Place.line(paragraph.lines().get(0));
    if (missing.isEmpty()) {
      out.add(
          new Finding(
              "列举无遗漏",
              CheckKind.TEXT,
              CheckStatus.PASS,
              "情况说明列举的 " + named.size() + " 类支出涵盖" + label + "中全部有数的类。",
              place,
              List.of(),
              null,
              0));
    } else {
      out.add(
          new Finding(
              "列举无遗漏",
              CheckKind.TEXT,
              CheckStatus.FAIL,
              label + "有数的" + String.join("、", missing) + "，情况说明的列举中未提及。",
              place,
              figures,
              null,
              0));
    }
  }
}
