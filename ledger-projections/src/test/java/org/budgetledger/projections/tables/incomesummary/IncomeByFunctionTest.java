package org.budgetledger.projections.tables.incomesummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.core.model.ExpenditureKind.BASIC_PERSONNEL;
import static org.budgetledger.core.model.ExpenditureKind.PROJECT;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import java.util.Map;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.ViewFixture;
import org.junit.jupiter.api.Test;

/** 收入总表 rows by 功能科目, rebuilt from the spending under each code by fund source. */
class IncomeByFunctionTest {
  private final IncomeSummaryBuilder builder = new IncomeSummaryBuilder();

  /**
   * 2080505 paid by 一般公共预算 and 事业收入 on lines of their own; 2200150 by 非财政拨款资金 (several non-fiscal
   * sources, none tied to a line).
   */
  private final BudgetView view =
      new ViewFixture()
          .unit("xde001", "示例单位")
          .names(Map.of("2080505", "机关事业单位基本养老保险缴费支出", "2200150", "事业运行"), Map.of(), Map.of())
          .line("xde001", "2080505", "50102", "30108", BASIC_PERSONNEL, "288.7843")
          .line(
              "xde001",
              "2080505",
              "50102",
              "30108",
              BASIC_PERSONNEL,
              null,
              FundSource.BUSINESS_INCOME,
              "118.2070")
          .line("xde001", "2200150", "50502", "30201", PROJECT, "100")
          .line("xde001", "2200150", "50502", "30201", PROJECT, null, FundSource.NON_FISCAL, "50")
          .income("xde001", FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR, wan("388.7843"))
          .income("xde001", FundSource.BUSINESS_INCOME, Origin.CURRENT_YEAR, wan("118.2070"))
          .income("xde001", FundSource.OTHER_INCOME, Origin.CURRENT_YEAR, wan("20"))
          .income("xde001", FundSource.OPERATING_INCOME, Origin.CURRENT_YEAR, wan("30"))
          .build("xde", "示例部门", DisclosureFormat.MUNICIPAL, 6);

  @Test
  void aRowByFunctionIsTheSpendingUnderItsCodeBySource() {
    TableRow item = builder.printedRow(view, "spendingDetail:2080505").orElseThrow();
    TableRow section = builder.printedRow(view, "spendingDetail:20805").orElseThrow();

    assertThat(item.cell("code").orElseThrow().text()).isEqualTo("2080505");
    assertThat(item.cell("name").orElseThrow().text()).isEqualTo("机关事业单位基本养老保险缴费支出");
    assertThat(amount(item, "total")).isEqualTo(wan("406.9913"));
    assertThat(amount(item, "currentYear")).isEqualTo(wan("406.9913"));
    assertThat(amount(item, "GENERAL_BUDGET")).isEqualTo(wan("288.7843"));
    assertThat(amount(item, "BUSINESS_INCOME")).isEqualTo(wan("118.2070"));
    assertThat(amount(item, "fiscal")).isEqualTo(wan("288.7843"));
    assertThat(amount(item, "carryOver").isZero()).isTrue();
    assertThat(amount(section, "total")).isEqualTo(wan("406.9913"));
  }

  @Test
  void aSourceTheLedgerRecordsAsNonFiscalMoneyIsUndeterminedNotZero() {
    TableRow row = builder.printedRow(view, "spendingDetail:2200150").orElseThrow();

    assertThat(amount(row, "total")).isEqualTo(wan("150"));
    assertThat(amount(row, "GENERAL_BUDGET")).isEqualTo(wan("100"));
    assertThat(row.cell("OTHER_INCOME").orElseThrow().undetermined()).isTrue();
    assertThat(row.cell("OPERATING_INCOME").orElseThrow().undetermined()).isTrue();
    assertThat(row.cell("BUSINESS_INCOME").orElseThrow().undetermined()).isTrue();
  }

  @Test
  void aKeyOfNoFunctionIsNoRow() {
    assertThat(builder.printedRow(view, "xde001")).isEmpty();
    assertThat(builder.printedRow(view, "spendingDetail:")).isEmpty();
  }

  private static org.budgetledger.core.model.Fen amount(TableRow row, String column) {
    TableCell cell = row.cell(column).orElseThrow();
    assertThat(cell.isMoney()).as(column).isTrue();
    return cell.amount();
  }
}
