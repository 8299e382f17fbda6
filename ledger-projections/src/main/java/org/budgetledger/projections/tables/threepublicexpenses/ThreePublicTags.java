package org.budgetledger.projections.tables.threepublicexpenses;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.CellSource;

/**
 * The paths of a unit's “三公” items recorded as printed ({@link TagKind#THREE_PUBLIC}): the unit's
 * code and name, as the table's rows name it, then the item's words, the vehicle items under
 * 公务用车购置及运行维护费 and the four items under “三公”经费, so that each 小计 the table prints is the sum under a
 * prefix and is checked against its items, never recorded itself.
 */
public final class ThreePublicTags {
  private static final String THREE_PUBLIC = "“三公”经费";
  private static final String VEHICLES = "公务用车购置及运行维护费";

  /** The leaf items by the table's column key: only these are recorded. */
  private static final Map<String, List<String>> ITEMS =
      Map.of(
          "abroad", List.of(THREE_PUBLIC, "因公出国（境）费用"),
          "reception", List.of(THREE_PUBLIC, "公务接待费"),
          "vehiclePurchase", List.of(THREE_PUBLIC, VEHICLES, "公务用车购置费"),
          "vehicleOperation", List.of(THREE_PUBLIC, VEHICLES, "公务用车运行维护费"),
          "meetings", List.of("会议费"),
          "training", List.of("培训费"));

  private ThreePublicTags() {}

  /** The path of a leaf item ({@code abroad} … {@code training}) of the unit; null for a 小计. */
  public static List<String> item(String unitCode, String unitName, String column) {
    List<String> words = ITEMS.get(column);
    if (words == null) {
      return null;
    }
    List<String> path = new ArrayList<>(List.of(unitCode, unitName));
    path.addAll(words);
    return path;
  }

  /** A unit whose items are recorded, as the rows name it. */
  record RecordedUnit(String code, String name) {
    String label() {
      return code + "-" + name;
    }
  }

  /**
   * The cells' selection of a column in the unit's row: a leaf item its own path, 小计 the items
   * under it, 合计 the four items or, where the table's 合计 adds them, every item of the unit.
   */
  static CellSource.Tags source(RecordedUnit unit, String column, boolean totalAddsMeetings) {
    String code = unit.code();
    String name = unit.name();
    List<String> path =
        switch (column) {
          case "vehicles" -> List.of(code, name, THREE_PUBLIC, VEHICLES);
          case "threePublic" -> List.of(code, name, THREE_PUBLIC);
          case "total" ->
              totalAddsMeetings ? List.of(code, name) : List.of(code, name, THREE_PUBLIC);
          default -> item(code, name, column);
        };
    return new CellSource.Tags(TagKind.THREE_PUBLIC, path);
  }

  /** The units with items recorded as printed, in the order recorded. */
  static List<RecordedUnit> units(BudgetView view) {
    LinkedHashSet<RecordedUnit> units = new LinkedHashSet<>();
    for (SpendingTag tag : view.tags()) {
      if (tag.kind() == TagKind.THREE_PUBLIC) {
        units.add(new RecordedUnit(tag.path().get(0), tag.path().get(1)));
      }
    }
    return List.copyOf(units);
  }
}
