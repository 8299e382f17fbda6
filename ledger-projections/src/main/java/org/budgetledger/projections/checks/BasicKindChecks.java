package org.budgetledger.projections.checks;

import java.util.List;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * Family 6 (codes): a 基本支出表 row printing money of a 部门经济分类 code in the column DOMAIN §2 does not
 * give it — 301 and 303 are 人员经费, 302 and 310 公用经费 — such as 杭州市公安局 2026's 2,425.38 万元 of 30399
 * 其他对个人和家庭的补助 under 日常公用支出, or 烟台 2026's 30305 生活补助 split over both columns. The import keeps the
 * money in the column it is printed in (a published document is imported as published); this check
 * reports the breach, as a WARN: local practice may differ from the national rule, so the auditor
 * asks rather than condemns.
 */
final class BasicKindChecks {
  private BasicKindChecks() {}

  static void run(CheckedDocument document, List<Finding> out) {
    DisclosureTable table = document.tables().table(TableKind.GENERAL_BUDGET_BASIC).orElse(null);
    if (table == null) {
      return;
    }
    String label = table.number() + " " + table.kind().chinese();
    for (TableRow row : table.rows()) {
      String code = row.cell("deptEconomic").map(TableCell::text).orElse("").strip();
      if (code.length() < 3 || !code.substring(0, 3).matches("30[123]|310")) {
        continue;
      }
      String top = code.substring(0, 3);
      boolean personnelCode = top.equals("301") || top.equals("303");
      String against = personnelCode ? "public" : "personnel";
      row.cell(against)
          .filter(c -> c.isMoney() && !c.amount().isZero())
          .ifPresent(c -> out.add(finding(label, row, code, personnelCode, c)));
    }
  }

  private static Finding finding(
      String label, TableRow row, String code, boolean personnelCode, TableCell cell) {
    int line = cell.source() instanceof CellSource.Printed p ? p.lineNo() : 0;
    return Finding.of(
        "基本支出经济分类与人员/公用经费一致",
        CheckKind.CODE,
        CheckStatus.WARN,
        label
            + "“"
            + code
            + "”列在"
            + (personnelCode ? "公用经费" : "人员经费")
            + "下 "
            + cell.amount().toWan(2).toPlainString()
            + " 万元；按国家口径 "
            + code.substring(0, 3)
            + " 类属"
            + (personnelCode ? "人员经费" : "公用经费")
            + "。账本按公开文本原样导入，地方口径可能不同，请核实。",
        new Place(TableKind.GENERAL_BUDGET_BASIC, label, row.key(), cell.columnKey(), line, 0));
  }
}
