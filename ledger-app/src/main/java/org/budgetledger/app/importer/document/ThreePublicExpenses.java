package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * "三公"经费财政拨款预算: total, 因公出国（境）, 公务接待, 公务用车购置及运行维护 (its 小计 where the format prints one, else null),
 * 购置 and 运行维护. {@code year} where a 年度 column is printed. Empty cells are null; {@code
 * notApplicable} when the document says the unit has none.
 *
 * <p>A family may print 会议费 ({@code meetings}) and 培训费 ({@code training}) beside the 三公 items, and
 * the 三公 items' own 小计 ({@code threePublicSubtotal}) beside the table's 合计; each is {@link
 * PublishedAmount#notPrinted()} where the table has no such column.
 *
 * <p>A table printed by unit (预算单位) with the department's row above its units' gives that row here
 * and each unit's row in {@code units}: the same figures, {@code unit} the unit as printed (its
 * code and name); null on the department's row. A table of one row has no units.
 */
public record ThreePublicExpenses(
    TableHeading heading,
    Integer year,
    PublishedAmount total,
    PublishedAmount abroad,
    PublishedAmount reception,
    PublishedAmount vehicleSubtotal,
    PublishedAmount vehiclePurchase,
    PublishedAmount vehicleOperation,
    PublishedAmount threePublicSubtotal,
    PublishedAmount meetings,
    PublishedAmount training,
    boolean notApplicable,
    int lineNo,
    DocumentUnit unit,
    List<ThreePublicExpenses> units) {

  public ThreePublicExpenses {
    units = units == null ? List.of() : List.copyOf(units);
  }

  /**
   * Whether the 合计 also adds 会议费 and 培训费: the table prints them and a 小计 of the 三公 items apart from
   * its 合计, which then is the total of every column (“三公”经费、会议费、培训费 合计). A table printing no such
   * 小计 totals the 三公 items (Jiangsu 2026's “三公”经费合计 beside its 会议费 and 培训费).
   */
  public boolean totalAddsMeetingsAndTraining() {
    return PublishedAmount.printed(threePublicSubtotal)
        && (PublishedAmount.printed(meetings) || PublishedAmount.printed(training));
  }
}
