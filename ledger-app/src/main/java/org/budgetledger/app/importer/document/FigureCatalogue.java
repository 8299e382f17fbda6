package org.budgetledger.app.importer.document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words that name a figure of 情况说明 and the key each gets. Order matters: the first entry found
 * in the words before an amount wins, so the longer phrase comes first (财政拨款收支总预算 before 收支总预算,
 * 政府采购货物 before a bare 政府采购).
 */
final class FigureCatalogue {
  static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("财政拨款收支总预算", "fiscal.total");
    KEYS.put("收支总预算", "budget.total");
    KEYS.put("一般公共预算财政拨款收入", "income.generalBudget");
    KEYS.put("一般公共预算资金", "fiscal.income.generalBudget");
    KEYS.put("政府性基金预算资金", "fiscal.income.governmentFund");
    KEYS.put("国有资本经营预算资金", "fiscal.income.stateCapital");
    KEYS.put("收入预算", "income.total");
    KEYS.put("支出预算", "expenditure.total");
    KEYS.put("基本支出", "expenditure.basic");
    KEYS.put("项目支出", "expenditure.project");
    KEYS.put("机关运行经费", "operatingExpenses");
    KEYS.put("政府采购总额", "procurement.total");
    KEYS.put("政府采购货物", "procurement.goods");
    KEYS.put("政府采购工程", "procurement.works");
    KEYS.put("政府采购服务", "procurement.services");
    KEYS.put("政府购买服务", "purchasedServices.total");
    KEYS.put("公务用车运行维护费", "threePublic.vehicleOperation");
    KEYS.put("公务用车购置", "threePublic.vehiclePurchase");
    KEYS.put("公务接待费", "threePublic.reception");
    KEYS.put("因公出国", "threePublic.abroad");
    KEYS.put("三公", "threePublic.total");
  }

  private FigureCatalogue() {}

  /** The key named by {@code words} (spaces removed), or null when none of the words is known. */
  static String keyOf(String words) {
    for (Map.Entry<String, String> entry : KEYS.entrySet()) {
      if (words.contains(entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** {@code income.total} compares as {@code income.previousYear}, others append the suffix. */
  static String derived(String subject, String suffix) {
    String base = subject.endsWith(".total") ? subject.substring(0, subject.length() - 6) : subject;
    return base + "." + suffix;
  }
}
