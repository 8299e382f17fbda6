package org.budgetledger.app.bench;

import java.util.List;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.core.model.UnitCode;

/**
 * The line codes of the district seed's 支出总表 (北京市东城区医疗保障局 2026, 预算03表): function × government
 * economic × department economic, basic or project, so a synthetic ledger spends on lines a real
 * department has. Beyond the seed's lines, the same codes are reused with other fund sources, as a
 * department funded by several sources does.
 */
final class SeedLines {
  /** function, gov economic, dept economic, project (true) or basic (false). */
  private static final List<String> TEMPLATES =
      List.of(
          "2080501 50299 30299 B",
          "2080501 50905 30302 B",
          "2080505 50102 30108 B",
          "2080506 50102 30109 B",
          "2101101 50102 30110 B",
          "2101101 50102 30112 B",
          "2101199 50901 30307 P",
          "2101501 50101 30101 B",
          "2101501 50101 30102 B",
          "2101501 50101 30103 B",
          "2101501 50102 30112 B",
          "2101501 50201 30201 B",
          "2101501 50201 30202 B",
          "2101501 50201 30207 B",
          "2101501 50201 30211 B",
          "2101501 50201 30228 B",
          "2101501 50201 30239 B",
          "2101501 50202 30215 B",
          "2101501 50203 30216 B",
          "2101501 50209 30213 B",
          "2101501 50299 30299 B",
          "2101501 50901 30309 B",
          "2101502 50205 30227 P",
          "2101502 50299 30299 P",
          "2101504 50205 30227 P",
          "2101505 50299 30299 P",
          "2101506 50205 30226 P",
          "2101599 50205 30227 P",
          "2101599 50299 30299 P",
          "2101599 50999 30399 P",
          "2109999 50901 30307 P",
          "2109999 50999 30399 P",
          "2210201 50103 30113 B",
          "2210203 50101 30102 B");

  private static final List<FundSource> FUNDS =
      List.of(
          FundSource.GENERAL_BUDGET,
          FundSource.GOVERNMENT_FUND,
          FundSource.FISCAL_SPECIAL_ACCOUNT,
          FundSource.BUSINESS_INCOME,
          FundSource.OTHER_INCOME);

  private SeedLines() {}

  /** The {@code n}-th line of a unit (n from 0); at most 34 lines per fund source. */
  static LineKey line(UnitCode unit, int n) {
    String[] t = TEMPLATES.get(n % TEMPLATES.size()).split(" ");
    FundSource fund = FUNDS.get((n / TEMPLATES.size()) % FUNDS.size());
    DeptEconomicCode dept = DeptEconomicCode.of(t[2]);
    boolean project = t[3].equals("P");
    ExpenditureKind kind = project ? ExpenditureKind.PROJECT : dept.basicKind();
    ProjectRef ref =
        project ? new ProjectRef(String.format("11010122T%011d", n), "医疗保障服务项目" + n) : null;
    return new LineKey(
        unit, FunctionCode.of(t[0]), GovEconomicCode.of(t[1]), dept, kind, ref, fund);
  }

  static int maxLines() {
    return TEMPLATES.size() * FUNDS.size();
  }
}
