package org.budgetledger.app.adjustment;

/**
 * Adjustment files of the tests, in both formats, with the district seed's codes. The valid batch:
 * 追加 12.34 to 办公费, 调剂 1.00 from 办公费 to 差旅费 (50201/30211), 结转 2.00 of 上年结转结余 to 办公费, 追减 0.31 of 办公费,
 * and a 冲销 of the 追加.
 */
final class AdjustmentFiles {
  private AdjustmentFiles() {}

  static final String BASIS =
      "\"basis\":{\"document\":\"关于调整2026年部门预算的批复\"," + "\"number\":\"东财预〔2026〕18号\"}";

  static String jsonEntry(
      String requestId, String type, String date, String income, String spending) {
    return """
        {"requestId":"%s","type":"%s","effectiveDate":"%s",%s,"reason":"测试",
         "incomeLegs":[%s],"spendingLegs":[%s]}"""
        .formatted(requestId, type, date, BASIS, income, spending);
  }

  static String office(String amount) {
    return AdjustmentFixture.leg(
        "spending", "50201", "30201", "BASIC_PUBLIC", "GENERAL_BUDGET", null, amount);
  }

  static String travel(String amount) {
    return AdjustmentFixture.leg("spending", "50201", "30211", "公用经费", "一般公共预算", null, amount);
  }

  static String general(String amount) {
    return AdjustmentFixture.leg(
        "income", null, null, null, "GENERAL_BUDGET", "CURRENT_YEAR", amount);
  }

  static String carriedOver(String amount) {
    return AdjustmentFixture.leg("income", null, null, null, "一般公共预算", "上年结转结余", amount);
  }

  static String validJson() {
    return "[\n"
        + String.join(
            ",\n",
            jsonEntry("r1", "追加", "2026-03-01", general("12.34"), office("12.34")),
            jsonEntry(
                "r2", "REALLOCATION", "2026-04-01", "", office("-1.00") + "," + travel("1.00")),
            jsonEntry("r3", "结转", "2026-04-15", carriedOver("2.00"), office("2.00")),
            jsonEntry("r4", "追减", "2026-05-01", general("-0.31"), office("-0.31")),
            """
        {"requestId":"r5","type":"冲销","reverses":"r1","effectiveDate":"2026-06-01",%s,"reason":"测试"}"""
                .formatted(BASIS))
        + "\n]";
  }

  static final String CSV_HEADER =
      "request_id,type,effective_date,basis_document,basis_number,"
          + "reason,reverses,side,unit,function,gov_economic,dept_economic,kind,fund_source,origin,"
          + "amount\n";

  /** The same batch as {@link #validJson()}, with Chinese names and a byte order mark. */
  static String validCsv() {
    String b = "关于调整2026年部门预算的批复,东财预〔2026〕18号,测试,";
    return "\uFEFF"
        + CSV_HEADER
        + "r1,追加,2026-03-01,"
        + b
        + ",收入,201001,,,,,一般公共预算,本年收入,12.34\n"
        + "r1,,,,,,,支出,201001,2101501,50201,30201,公用经费,一般公共预算,,12.34\n"
        + "r2,调剂,2026-04-01,"
        + b
        + ",支出,201001,2101501,50201,30201,公用经费,一般公共预算,,-1.00\n"
        + "r2,调剂,2026-04-01,"
        + b
        + ",支出,201001,2101501,50201,30211,公用经费,一般公共预算,,1.00\n"
        + "r3,结转,2026-04-15,"
        + b
        + ",收入,201001,,,,,一般公共预算,上年结转结余,2.00\n"
        + "r3,结转,2026-04-15,"
        + b
        + ",支出,201001,2101501,50201,30201,BASIC_PUBLIC,GENERAL_BUDGET,,2.00\n"
        + "r4,追减,2026-05-01,"
        + b
        + ",INCOME,201001,,,,,GENERAL_BUDGET,CURRENT_YEAR,-0.31\n"
        + "r4,追减,2026-05-01,"
        + b
        + ",SPENDING,201001,2101501,50201,30201,BASIC_PUBLIC,GENERAL_BUDGET,,-0.31\n"
        + "r5,冲销,2026-06-01,"
        + b
        + "r1,,,,,,,,,\n";
  }
}
