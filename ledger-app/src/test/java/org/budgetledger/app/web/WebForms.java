package org.budgetledger.app.web;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The 录入调整 form's fields as a browser posts them. */
final class WebForms {
  private WebForms() {}

  static MultiValueMap<String, String> supplement(String amount) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("type", "SUPPLEMENT");
    form.add("effectiveDate", "2026-06-01");
    form.add("basis.document", "关于追加办公经费的批复");
    form.add("basis.number", "东财预〔2026〕8号");
    form.add("reason", "表单追加");
    form.add("requestId", "form-" + amount);
    form.add("incomeLegs[0].unit", "201001");
    form.add("incomeLegs[0].fundSource", "GENERAL_BUDGET");
    form.add("incomeLegs[0].origin", "CURRENT_YEAR");
    form.add("incomeLegs[0].amount", amount);
    form.add("spendingLegs[0].unit", "201001");
    form.add("spendingLegs[0].function", "2101501");
    form.add("spendingLegs[0].govEconomic", "50201");
    form.add("spendingLegs[0].deptEconomic", "30201");
    form.add("spendingLegs[0].kind", "BASIC_PUBLIC");
    form.add("spendingLegs[0].fundSource", "GENERAL_BUDGET");
    form.add("spendingLegs[0].amount", amount);
    return form;
  }
}
