package org.budgetledger.app.request;

import java.util.Map;
import java.util.Set;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.FunctionClasses;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.GovEconomicCode;

/**
 * Codes a hand-made entry may use: a 支出功能分类 whose 类 is in the national catalogue, and a 政府支出经济分类
 * and 部门支出经济分类 pair of known 类 that belong together (财政部 maps each 部门 类 onto the 政府 类 below: 301
 * 工资福利支出 is 501 机关工资福利支出 or 505 对事业单位经常性补助, never 502 机关商品和服务支出). An import takes whatever the
 * document prints; this guards typing.
 */
final class EconomicPairs {
  private static final Map<String, Set<String>> GOV_BY_DEPT =
      Map.ofEntries(
          Map.entry("301", Set.of("501", "505")),
          Map.entry("302", Set.of("502", "505")),
          Map.entry("303", Set.of("509", "505")),
          Map.entry("307", Set.of("511")),
          Map.entry("309", Set.of("503", "506")),
          Map.entry("310", Set.of("503", "504", "506")),
          Map.entry("311", Set.of("507")),
          Map.entry("312", Set.of("507", "508")),
          Map.entry("313", Set.of("510")),
          Map.entry("399", Set.of("599", "505", "508", "512", "513", "514")));

  private EconomicPairs() {}

  static void check(
      String prefix, FunctionCode function, GovEconomicCode gov, DeptEconomicCode dept) {
    if (function != null && FunctionClasses.find(function.classCode()).isEmpty()) {
      throw new InvalidRequestException(
          prefix + "function",
          "'" + function + "': 类 " + function.classCode() + " is not a 支出功能分类 类");
    }
    if (dept == null || gov == null) {
      return;
    }
    Set<String> govClasses = GOV_BY_DEPT.get(dept.classCode());
    if (govClasses == null) {
      throw new InvalidRequestException(
          prefix + "deptEconomic",
          "'"
              + dept
              + "': 类 "
              + dept.classCode()
              + " is not a 部门支出经济分类 类 (301, 302, 303, 307, 309-313, 399)");
    }
    if (!govClasses.contains(gov.classCode())) {
      throw new InvalidRequestException(
          prefix + "govEconomic",
          "'"
              + gov
              + "' does not go with"
              + " 部门经济分类 "
              + dept
              + ": 类 "
              + dept.classCode()
              + " maps to 政府经济分类 类 "
              + String.join(" or ", govClasses.stream().sorted().toList()));
    }
  }
}
