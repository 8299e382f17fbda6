package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.ThreePublicExpenses;
import org.budgetledger.app.importer.published.DocumentCodes;

/**
 * A 三公 table printed by unit gives each unit's 财政拨款 三公 items: each is the sum of that unit's fiscal
 * lines on the item's 部门经济分类 code (its basic lines and the project parts of {@link
 * ThreePublicItems}), so the solver places the item on the unit's own lines. A unit the document's
 * other tables do not list, or an item its lines cannot hold (no line of the unit with that code),
 * is a note and stays a finding of the reconciliation, never forced onto other lines. Like the
 * department's figures these only refine which line pays ({@link PlanMargins#refining}).
 */
final class UnitThreePublic {
  private UnitThreePublic() {}

  static void collect(
      DisclosureDocument doc, String department, PlanMargins m, List<String> notes) {
    ThreePublicExpenses t = doc.threePublicExpenses();
    // lines without economic codes cannot hold the 三公 figures, which are sums of 302/310 codes
    if (t == null
        || t.notApplicable()
        || t.units().isEmpty()
        || !m.hasCells(c -> !c.gap() && c.dept() != null)) {
      return;
    }
    for (ThreePublicExpenses row : t.units()) {
      String unit = DocumentCodes.unitCode(department, row.unit());
      String name = row.unit().name();
      if (!m.hasCells(c -> c.unit().equals(unit))) {
        notes.add("“三公”经费表的单位 " + name + " 不在本文件其他各表所列单位中：其数字未用于推算，勾稽核对报告");
        continue;
      }
      List<String> placed = new ArrayList<>();
      for (ThreePublicItems.Item item : ThreePublicItems.ITEMS) {
        PublishedAmount amount = item.amount().apply(row);
        if (!PublishedAmount.printed(amount)) {
          continue;
        }
        if (LineGrid.present(amount) && !m.hasCells(lines(unit, item.code()))) {
          notes.add(
              "“三公”经费表 "
                  + name
                  + " "
                  + item.name()
                  + " "
                  + amount.text()
                  + "：该单位没有经济分类 "
                  + item.code()
                  + " 的财政拨款支出行，未记入该单位；勾稽核对报告这个数字");
          continue;
        }
        placed.add(item.code());
        m.add(
            id(unit, item.margin()),
            table(),
            name + " / " + item.name(),
            amount,
            row.lineNo(),
            lines(unit, item.code()));
      }
      // the 公务用车 小计 over its two items: each item within its own rounding may sum beyond the
      // 小计's (本级 30.00 = 18.00 + 12.00 came back 30.009970 once 支出总表 by unit moved its lines)
      if (placed.contains("31013") && placed.contains("30231")) {
        m.add(
            id(unit, "vehicles"),
            table(),
            name + " / 公务用车购置及运行维护费",
            row.vehicleSubtotal(),
            row.lineNo(),
            lines(unit, "31013", "30231"));
      }
      // the unit's 合计 holds only where each of its items could be placed, as the department's
      boolean allPlaced = placed.containsAll(codes(row));
      if (allPlaced && !row.totalAddsMeetingsAndTraining() && FundMargins.totalOfItsItems(row)) {
        m.add(
            id(unit, "total"),
            table(),
            name + " / 合计",
            row.total(),
            row.lineNo(),
            lines(unit, codes(ThreePublicItems.THREE_PUBLIC)));
      }
    }
  }

  private static String id(String unit, String margin) {
    return FundMargins.THREE_PUBLIC + "unit:" + unit + ":" + margin;
  }

  private static String table() {
    return "财政拨款“三公”经费支出表";
  }

  /** The codes of the items the row prints. */
  private static List<String> codes(ThreePublicExpenses row) {
    return ThreePublicItems.ITEMS.stream()
        .filter(i -> LineGrid.present(i.amount().apply(row)))
        .map(ThreePublicItems.Item::code)
        .toList();
  }

  private static String[] codes(List<ThreePublicItems.Item> items) {
    return items.stream().map(ThreePublicItems.Item::code).toArray(String[]::new);
  }

  /** The unit's fiscal lines on any of the codes: where its 三公 items are paid. */
  private static Predicate<LineCell> lines(String unit, String... codes) {
    return c ->
        c.unit().equals(unit)
            && c.fiscal()
            && !c.gap()
            && c.dept() != null
            && Arrays.stream(codes).anyMatch(p -> c.dept().startsWith(p));
  }
}
