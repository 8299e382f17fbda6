package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeExpenditureTable;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.SummaryItem;
import org.budgetledger.core.model.FunctionClass;
import org.budgetledger.core.model.FunctionClasses;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.projections.reconciliation.UnreadableCell;
import org.budgetledger.projections.tables.BalanceSheetLayout;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * 收支总表 and 财政拨款收支总表 as printed, keyed as the builders key them: {@code income:<source>} and {@code
 * carryOver:<source>} by the fund named in the label, {@code spending:<类>} by the class name,
 * {@code totals:currentYear|carryOver|grand}; where a family prints them, {@code
 * spendingDetail:<款/项>} (a row the canonical text writes {@code 20402-公安}), {@code
 * spendingUse:<use>} (基本支出 …) and {@code income:fiscal} (财政拨款收入 printed without its sources). A
 * label naming no known fund or class is reported as unreadable rather than guessed, unless its
 * cell is empty: a blank reads as zero and has nothing to key.
 */
final class BalanceSheets {
  // a 款 or 项 row the canonical text writes with the code its name resolved to: 20402-公安
  private static final Pattern DETAIL = Pattern.compile("^(\\d{5}|\\d{7})-(.+)$");
  // the subtotal of the fiscal sources, written where a family prints it without them
  private static final String FISCAL_SUBTOTAL = "财政拨款收入";
  // 上年结转 split by whether it is 财政拨款 money, where a family prints no fund
  private static final String FISCAL = "财政拨款";
  private static final String NON_FISCAL = "非财政拨款";
  // a part of the row above it (其中：专项资金列入部门预算的项目)
  private static final Pattern PART = Pattern.compile("^其中[：:](.+)$");
  // a spending row a later block of the same row prints again (TotalsPrintedAgain's words)
  private static final String AGAIN = "再列：";
  // a 部门经济分类 类 under a use (UsesBesideClasses' words): 基本支出|301-工资福利支出
  private static final Pattern USE_CLASS = Pattern.compile("^(.+)\\|(\\d{3})-(.+)$");

  private BalanceSheets() {}

  static DisclosureTable build(
      DisclosureDocument document,
      IncomeExpenditureTable table,
      TableKind kind,
      List<UnreadableCell> unreadable) {
    int decimals = document.header().decimals();
    List<TableRow> rows = new ArrayList<>();
    // a source printed below 本年收入合计 (Yantai's 上级补助收入) is not part of it: it keeps its place
    List<TableRow> belowSubtotal = new ArrayList<>();
    String above = null;
    for (SummaryItem item : table.income()) {
      String key = item.label().equals(FISCAL_SUBTOTAL) ? "fiscal" : fund(item.label());
      String earmark = earmark(item.label(), above);
      if (earmark != null) {
        side(kind, "", item, earmark, decimals, rows, unreadable, true);
        continue;
      }
      above = key;
      if (key == null && heading(item, table.incomeThisYear())) {
        side(kind, "", item, PrintedBalanceRows.HEADING_INCOME, decimals, rows, unreadable, true);
        continue;
      }
      List<TableRow> into = printedBelow(item, table.incomeThisYear()) ? belowSubtotal : rows;
      side(kind, "income:", item, key, decimals, into, unreadable, true);
    }
    for (SummaryItem item : table.carryOverByFund()) {
      side(kind, "carryOver:", item, carriedFund(item.label()), decimals, rows, unreadable, true);
    }
    List<SummaryItem> printedAgain = new ArrayList<>();
    Map<String, PublishedAmount> usesPrinted = new java.util.HashMap<>();
    List<String> headings = new ArrayList<>();
    for (SummaryItem item : table.spendingByClass()) {
      if (item.label().startsWith(AGAIN)) {
        printedAgain.add(item);
        continue;
      }
      Matcher detail = DETAIL.matcher(item.label());
      if (detail.matches()) {
        SummaryItem named =
            new SummaryItem(item.ordinal(), detail.group(2), item.amount(), item.lineNo());
        side(kind, PrintedBalanceRows.DETAIL, named, detail.group(1), decimals, rows, null, false);
        continue;
      }
      Matcher byClass = USE_CLASS.matcher(item.label());
      if (byClass.matches()) {
        String of = use(byClass.group(1));
        if (of != null && EconomicUses.determined(document, of, usesPrinted.get(of))) {
          SummaryItem named =
              new SummaryItem(item.ordinal(), byClass.group(3), item.amount(), item.lineNo());
          side(
              kind,
              "",
              named,
              PrintedBalanceRows.useClass(of, byClass.group(2)),
              decimals,
              rows,
              null,
              false);
        }
        continue;
      }
      String use = use(item.label());
      if (use != null) {
        usesPrinted.put(use, item.amount());
        side(kind, PrintedBalanceRows.USE, item, use, decimals, rows, null, false);
        continue;
      }
      String code =
          FunctionClasses.all().stream()
              .filter(c -> c.name().equals(item.label()))
              .map(FunctionClass::code)
              .findFirst()
              .orElse(null);
      if (code == null && heading(item, table.spendingThisYear())) {
        side(
            kind, "", item, PrintedBalanceRows.HEADING_SPENDING, decimals, rows, unreadable, false);
        headings.add(printed(item));
        continue;
      }
      side(kind, "spending:", item, code, decimals, rows, unreadable, false);
    }
    Map<String, Integer> blocks = new java.util.HashMap<>();
    for (SummaryItem item : printedAgain) {
      String base = item.label().substring(AGAIN.length());
      String key = againKey(base, headings);
      SummaryItem named = new SummaryItem("", base, item.amount(), item.lineNo());
      // the first block is the row read; a repeat is the second, third … block of its row
      if (key == null) {
        // a repeat of any other row (结转下年, 未安排支出的实户资金) stays uncompared, not unreadable: its
        // figure is the read block's, which is read there
        continue;
      }
      String repeat = PrintedBalanceRows.again(key, blocks.merge(key, 2, (a, b) -> a + 1));
      side(kind, "", named, repeat, decimals, rows, unreadable, false);
    }
    rows.add(
        both(
            "totals:currentYear",
            RowType.SUBTOTAL,
            "本年收入合计",
            table.incomeThisYear(),
            "本年支出合计",
            table.spendingThisYear(),
            decimals));
    rows.addAll(belowSubtotal);
    rows.add(
        both(
            "totals:carryOver",
            RowType.SUBTOTAL,
            "上年结转结余",
            table.carryOver(),
            "年终结转结余",
            table.yearEndBalance(),
            decimals));
    rows.add(
        both(
            "totals:grand",
            RowType.TOTAL,
            "收入总计",
            table.incomeGrandTotal(),
            "支出总计",
            table.spendingGrandTotal(),
            decimals));
    return PrintedCells.table(
        document, table.heading(), kind, BalanceSheetLayout.columns(), rows, List.of());
  }

  private static void side(
      TableKind kind,
      String prefix,
      SummaryItem item,
      String key,
      int decimals,
      List<TableRow> rows,
      List<UnreadableCell> unreadable,
      boolean income) {
    if (key == null && blank(item.amount())) {
      // an empty cell says nothing, whatever its label (blanks are zero, BlankCellTest): the ledger
      // has no fund for 使用非财政拨款结余, and a row of nothing needs none
      return;
    }
    if (key == null) {
      unreadable.add(
          new UnreadableCell(
              kind,
              item.lineNo(),
              item.label(),
              "label names no known "
                  + (income ? "fund source" : "spending class")
                  + ": '"
                  + item.label()
                  + "'"));
      return;
    }
    String label = (item.ordinal().isEmpty() ? "" : item.ordinal() + "、") + item.label();
    String column = income ? "income" : "spending";
    rows.add(
        income
            ? BalanceSheetLayout.left(
                prefix + key,
                label,
                PrintedCells.money(column, item.amount(), decimals, item.lineNo()))
            : BalanceSheetLayout.right(
                prefix + key,
                label,
                PrintedCells.money(column, item.amount(), decimals, item.lineNo())));
  }

  /**
   * A row naming no fund or 类, printed above the side's 本年收入合计 or 本年支出合计 with that same figure
   * (Xi'an's 部门预算, 一、部门预算, 一、财政拨款): a heading that prints the subtotal twice, compared as such.
   * Decided by the figures and places, not the words: a row that differs is unreadable as before.
   */
  private static boolean heading(SummaryItem item, PublishedAmount subtotal) {
    return subtotal != null
        && item.amount() != null
        && !blank(subtotal)
        && subtotal.lineNo() > item.lineNo()
        && item.amount().value().equals(subtotal.value());
  }

  /**
   * The key of the row a later block prints again ({@code base}: the label of the read block on its
   * row, ordinal included): the side's heading, 本年支出合计 or 支出总计; null for any other label.
   */
  private static String againKey(String base, List<String> headings) {
    if (headings.contains(base)) {
      return PrintedBalanceRows.HEADING_SPENDING;
    }
    return switch (base) {
      case "本年支出", "本年支出合计" -> "totals:currentYear";
      case "支出总计" -> "totals:grand";
      default -> null;
    };
  }

  private static String printed(SummaryItem item) {
    return (item.ordinal().isEmpty() ? "" : item.ordinal() + "、") + item.label();
  }

  private static boolean printedBelow(SummaryItem item, PublishedAmount subtotal) {
    return subtotal != null && subtotal.lineNo() > 0 && item.lineNo() > subtotal.lineNo();
  }

  private static boolean blank(PublishedAmount amount) {
    return amount == null || amount.value().isZero();
  }

  private static TableRow both(
      String key,
      RowType type,
      String incomeLabel,
      PublishedAmount income,
      String spendingLabel,
      PublishedAmount spending,
      int decimals) {
    int line = income != null ? income.lineNo() : spending != null ? spending.lineNo() : 0;
    return BalanceSheetLayout.both(
        key,
        type,
        incomeLabel,
        PrintedCells.money("income", income, decimals, line),
        spendingLabel,
        PrintedCells.money("spending", spending, decimals, line));
  }

  /** The use a spending label names in the ledger's words (基本支出 → basic), else null. */
  private static String use(String label) {
    return PrintedBalanceRows.USES.entrySet().stream()
        .filter(e -> e.getValue().equals(label))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /**
   * The fund a 上年结转 label names, or its side of the split into 财政拨款 and 非财政拨款 where a family prints
   * only that (财政拨款结余、结转 | 非财政拨款结余、结转).
   */
  private static String carriedFund(String printed) {
    // 其中：财政拨款资金结转 (Xi'an) is a part of the 上年结转结余 above it, as the unprefixed rows are
    String label = printed.replaceFirst("^其中[：:]", "");
    String fund = fund(label);
    if (fund != null) {
      return fund;
    }
    if (label.startsWith(NON_FISCAL)) {
      return "nonFiscal";
    }
    return label.startsWith(FISCAL) ? "fiscal" : null;
  }

  /**
   * The key of a 其中 row naming an earmark (其中：专项资金列入部门预算的项目) printed below a source's row: the part
   * of that source the earmark holds ({@link PrintedBalanceRows#earmarkKey}); null for any other
   * row, or one below no source.
   */
  private static String earmark(String label, String above) {
    Matcher part = PART.matcher(label);
    if (!part.matches() || above == null) {
      return null;
    }
    FundSource source;
    try {
      source = FundSource.valueOf(above);
    } catch (IllegalArgumentException e) {
      return null;
    }
    for (IncomeEarmark earmark : IncomeEarmark.values()) {
      if (part.group(1).startsWith(earmark.word())) {
        return PrintedBalanceRows.earmarkKey(source, earmark);
      }
    }
    return null;
  }

  /** The fund a label names, longest name first: 事业单位经营收入 is not 事业收入. */
  static String fund(String label) {
    FundSource best = null;
    for (FundSource source : FundSource.values()) {
      if (label.startsWith(source.chinese())
          && (best == null || source.chinese().length() > best.chinese().length())) {
        best = source;
      }
    }
    return best == null ? null : best.name();
  }
}
