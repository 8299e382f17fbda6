package org.budgetledger.app.export;

import java.util.List;
import org.budgetledger.app.inquiry.TableSet;
import org.budgetledger.projections.entries.PointInTime;

/** All tables of a department at one point in time, as JSON. */
public record TableSetJson(String budgetId, String departmentName, PointInTime at,
    List<TableJson> tables) {
  public static TableSetJson of(TableSet set) {
    return new TableSetJson(set.budgetId().toString(), set.departmentName(), set.at(),
        set.tables().stream().map(t -> TableJson.of(t, set.decimals())).toList());
  }
}
