package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ExpenditureSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.ThreePublicExpenses;
import org.budgetledger.core.model.FundSource;

/**
 * The 三公 table's items are sums of spending by economic code (DOMAIN §1: 30212, 30217, 31013,
 * 30231; 会议费 30215 and 培训费 30216 where the family prints them beside the four). Where 支出总表 gives
 * 项目支出 no economic code (a family printing it by function only), the part of an item that 基本支出表's
 * rows of that code do not hold can only be paid from 项目支出: each fiscal project line then gets a
 * second cell carrying the item's code, and the 三公 figure fixes their sum ({@link FundMargins}).
 * Which project pays the item no table says; the solver spreads it like {@code SPLIT_ACROSS_CODES},
 * and the derivation says so. An item larger than all project money is left to the reconciliation
 * to report, never forced onto the lines.
 */
final class ThreePublicItems {
  private ThreePublicItems() {}

  /** One 三公 item: its 部门经济分类 code, its figure in the table and the id of that figure's margin. */
  record Item(
      String code,
      String name,
      Function<ThreePublicExpenses, PublishedAmount> amount,
      String margin) {}

  static final List<Item> ITEMS =
      List.of(
          new Item("30212", "因公出国（境）费用", ThreePublicExpenses::abroad, "abroad"),
          new Item("30217", "公务接待费", ThreePublicExpenses::reception, "reception"),
          new Item("31013", "公务用车购置费", ThreePublicExpenses::vehiclePurchase, "purchase"),
          new Item("30231", "公务用车运行维护费", ThreePublicExpenses::vehicleOperation, "operation"),
          // printed beside the 三公 items by some families (“三公”经费、会议费、培训费): paid the same way
          new Item("30215", "会议费", ThreePublicExpenses::meetings, "meetings"),
          new Item("30216", "培训费", ThreePublicExpenses::training, "training"));

  /** The four 三公 items proper, which the table's 三公 小计 (or its 合计 alone) adds up. */
  static final List<Item> THREE_PUBLIC = ITEMS.subList(0, 4);

  /** The project-paid cells of every item the basic lines cannot hold; notes say what was left. */
  static List<LineCell> cells(DisclosureDocument doc, List<LineCell> lines, List<String> notes) {
    ThreePublicExpenses t = doc.threePublicExpenses();
    List<LineCell> projects =
        lines.stream()
            // 上年结转 财政拨款 of no printed type may not be the 一般公共预算 the 三公 table counts: it pays none
            .filter(c -> c.fiscal() && c.source() != FundSource.FISCAL_CARRY_OVER)
            .filter(c -> !c.gap() && c.kind().isProject() && c.dept() == null)
            .toList();
    if (t == null || t.notApplicable() || projects.isEmpty()) {
      return List.of();
    }
    long projectMoney = projectMoney(doc);
    List<LineCell> cells = new ArrayList<>();
    for (Item item : ITEMS) {
      PublishedAmount printed = item.amount().apply(t);
      if (!LineGrid.present(printed)) {
        continue;
      }
      Held basic = heldByBasic(doc, item.code()).plus(heldByProjectTable(doc, item.code()));
      long beyond = printed.value().value() - basic.fen();
      if (beyond <= halfUnit(printed) * (1 + basic.rows())) {
        continue;
      }
      if (beyond > projectMoney) {
        notes.add(
            "“三公”经费表 "
                + item.name()
                + " "
                + printed.text()
                + "：基本支出表（及按经济分类的项目支出表）中 "
                + item.code()
                + " 只有 "
                + MoneyText.of(doc, basic.fen())
                + "，其余超过全部项目支出，未记入任何支出行；勾稽核对报告这个数字");
        continue;
      }
      projects.forEach(p -> cells.add(LineCell.threePublicPart(p, item.code())));
    }
    return cells;
  }

  /** What a table prints on an item's code: its 5-digit rows, else their 7-digit children. */
  private record Held(long fen, int rows) {
    Held plus(Held other) {
      return new Held(Math.addExact(fen, other.fen), rows + other.rows);
    }
  }

  private static Held heldByBasic(DisclosureDocument doc, String code) {
    if (doc.generalBudgetBasic() == null) {
      return new Held(0, 0);
    }
    return held(
        doc.generalBudgetBasic().rows().stream()
            .filter(r -> r.deptEconomic() != null)
            .map(r -> new Coded(r.deptEconomic().code(), r.total()))
            .toList(),
        code);
  }

  /**
   * What the 项目支出 table by economic code prints on an item's code, where the project lines carry
   * its codes ({@link ProjectCodes}): that much of the item is already on coded project lines.
   */
  private static Held heldByProjectTable(DisclosureDocument doc, String code) {
    if (ProjectCodes.printed(doc).isEmpty()) {
      return new Held(0, 0);
    }
    return held(
        doc.generalBudgetProjectEconomic().rows().stream()
            .map(r -> new Coded(r.deptEconomic().code(), r.total()))
            .toList(),
        code);
  }

  private record Coded(String code, PublishedAmount total) {}

  private static Held held(List<Coded> printed, String code) {
    List<Coded> rows =
        printed.stream()
            .filter(r -> r.code().startsWith(code))
            .filter(r -> LineGrid.present(r.total()))
            .toList();
    List<Coded> own = rows.stream().filter(r -> r.code().equals(code)).toList();
    List<Coded> held = own.isEmpty() ? rows : own;
    return new Held(held.stream().mapToLong(r -> r.total().value().value()).sum(), held.size());
  }

  /**
   * 支出总表's 项目支出 合计, else the sum of its line rows' 项目支出 where no 合计 is printed: the bound of any
   * split. A row whose kinds are open (the tables by function print its total only, {@link
   * LineRows}) may be project money up to its total, so its total bounds it.
   */
  private static long projectMoney(DisclosureDocument doc) {
    var total = doc.expenditureSummary().total();
    // an empty cell is printed as null: it holds nothing, and is no figure to read
    if (total != null && PublishedAmount.printed(total.project())) {
      return LineGrid.present(total.project()) ? total.project().value().value() : 0;
    }
    return LineRows.of(doc).stream().mapToLong(ThreePublicItems::projectBound).sum();
  }

  private static long projectBound(ExpenditureSummaryRow r) {
    if (LineGrid.present(r.project())) {
      return r.project().value().value();
    }
    boolean open = !PublishedAmount.printed(r.project()) && LineGrid.present(r.total());
    return open ? r.total().value().value() : 0;
  }

  private static long halfUnit(PublishedAmount amount) {
    return amount.roundingFen();
  }
}
