package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.ThreePublicExpenses;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.projections.tables.threepublicexpenses.ThreePublicTags;

/**
 * A 三公 table printed by unit gives each unit's 财政拨款 三公 items: each is the sum of that unit's fiscal
 * lines on the item's 部门经济分类 code (its basic lines and the project parts of {@link
 * ThreePublicItems}), so the solver places the item on the unit's own lines. A unit the document's
 * other tables do not list, or an item its lines cannot hold (no line of the unit with that code),
 * is a note and stays a finding of the reconciliation, never forced onto other lines. Like the
 * department's figures these only refine which line pays ({@link PlanMargins#refining}).
 *
 * <p>A unit whose items its lines cannot hold (no spending of the unit on other tables, or no line
 * of the unit with an item's code) has its printed items recorded as printed, at the unit's grain
 * ({@link TagKind#THREE_PUBLIC}): never spread over lines by guess, and the units' rows are held to
 * the department's row by rule 7, so a wrong printed figure is still a finding.
 */
final class UnitThreePublic {
  private UnitThreePublic() {}

  /** The margins of the units the lines hold; the printed items of those they cannot. */
  static List<SpendingTag> collect(
      DisclosureDocument doc, String department, PlanMargins m, List<String> notes) {
    ThreePublicExpenses t = doc.threePublicExpenses();
    List<SpendingTag> recorded = new ArrayList<>();
    if (t == null || t.notApplicable() || t.units().isEmpty()) {
      return recorded;
    }
    // lines without economic codes cannot hold the 三公 figures, which are sums of 302/310 codes
    boolean coded = m.hasCells(c -> !c.gap() && c.dept() != null);
    List<String> asPrinted = new ArrayList<>();
    for (ThreePublicExpenses row : t.units()) {
      String unit = DocumentCodes.unitCode(department, row.unit());
      String name = row.unit().name();
      if (!coded || !m.hasCells(c -> c.unit().equals(unit))) {
        recorded.addAll(asPrinted(unit, row));
        asPrinted.add(name);
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
                  + " 的财政拨款支出行，未记入该单位的支出行；按表列数记录（推导 THREE_PUBLIC_AS_PRINTED），勾稽核对报告这个数字");
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
      if (!placed.containsAll(codes(row))) {
        // one item its lines cannot hold: the unit's row is recorded as printed, whole, so that its
        // 小计 and 合计 add its own items; the margins placed still say which lines pay
        recorded.addAll(asPrinted(unit, row));
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
    if (!asPrinted.isEmpty()) {
      notes.add(
          "“三公”经费表按单位列示的 "
              + asPrinted.size()
              + " 个单位（"
              + String.join("、", asPrinted)
              + "）"
              + (coded ? "不在本文件其他各表的支出行中" : "：本文件的支出行不分经济分类")
              + "：各项按表列数记在单位名下（推导 THREE_PUBLIC_AS_PRINTED），不分摊到支出行；各单位之和与部门行由勾稽核对");
    }
    return recorded;
  }

  /** The column of the 三公 table each item is printed in, by its economic code. */
  private static final Map<String, String> COLUMNS =
      Map.of(
          "30212", "abroad",
          "30217", "reception",
          "31013", "vehiclePurchase",
          "30231", "vehicleOperation",
          "30215", "meetings",
          "30216", "training");

  /** The unit's printed items (a printed zero too, empty cells not), at the unit's grain. */
  private static List<SpendingTag> asPrinted(String unit, ThreePublicExpenses row) {
    List<SpendingTag> tags = new ArrayList<>();
    for (ThreePublicItems.Item item : ThreePublicItems.ITEMS) {
      PublishedAmount amount = item.amount().apply(row);
      if (amount != null && PublishedAmount.printed(amount)) {
        tags.add(
            new SpendingTag(
                TagKind.THREE_PUBLIC,
                ThreePublicTags.item(unit, row.unit().name(), COLUMNS.get(item.code())),
                "",
                amount.value()));
      }
    }
    return tags;
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
