package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellFinding;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Guangzhou's 行政经费及“三公”经费预算表 lists its items as rows (“三公”经费, 其中：（一）因公出国（境）支出, （二）公务用车购置及运行维护支出,
 * 1.公务用车购置费, 2.公务用车运行维护费, （三）公务接待费支出), each row's 合计 the figure: the profile names the measure by
 * the row label, so the canonical 三公 table holds them and the reconciliation compares them. Its 表6
 * 一般公共预算基本支出情况表 prints {@code [30101]基本工资} rows with one 预算 column: the 一般公共预算 基本支出 is spread over
 * those codes (人员 or 公用 by DOMAIN §2, the table printing no split), so the 三公 items paid from 基本支出
 * come back; what the 三公 table holds beyond them (因公出国, 公务用车购置, the rest of 公务接待 and 运行维护) is paid
 * from 项目支出 (THREE_PUBLIC_FROM_PROJECT): 表7 prints project money by economic code but not by
 * function (not read yet), so the split over the project lines is one meeting every figure, and the
 * items come back (they were MISMATCH, rebuilt at 基本支出表's figures).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:guangzhou;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class GuangzhouPdfImportTest {
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  record Expected(
      int spendingLegs,
      int exact,
      int withinRounding,
      int mismatch,
      Map<String, String> threePublic) {}

  @Test
  void ecologyBureauImportsWithItsThreePublicItemsReadByRow() throws IOException {
    // page 24
    assertImports(
        "guangzhou-2026-39d6f21a.pdf",
        new Expected(
            // 536 legs before: 42 project lines now also carry a 三公 item's code (578), and 2 more
            // since the lines are held to the printed income
            580,
            // 216 EXACT, 194 WITHIN_ROUNDING and 7 MISMATCH before the four 三公 items came back
            // (main)
            // and 表1's 预算拨款 was read as the fiscal subtotal, the income held within rounding
            214,
            203,
            0,
            Map.of(
                "total", "668.07",
                "abroad", "63.88",
                "reception", "21.03",
                "vehicles", "583.16",
                "vehiclePurchase", "198.00",
                "vehicleOperation", "385.16")));
  }

  @Test
  void civilAffairsBureauImportsWithItsThreePublicItemsReadByRow() throws IOException {
    // page 20: the 合计 column, 政府性基金 included (三公 316.31 预算拨款 + 17.90 政府性基金)
    assertImports(
        "guangzhou-2026-c04460f2.pdf",
        new Expected(
            // 654 legs before: 80 project lines now also carry a 三公 item's code
            734,
            // 214 EXACT, 200 WITHIN_ROUNDING and 7 MISMATCH before the six 三公 items came back
            // (main)
            // and 表1's 预算拨款 was read as the fiscal subtotal (this branch)
            205,
            216,
            0,
            Map.of(
                "total", "334.21",
                "abroad", "83.40",
                "reception", "40.42",
                "vehicles", "210.39",
                "vehiclePurchase", "40.00",
                "vehicleOperation", "170.39")));
  }

  private void assertImports(String file, Expected expected) throws IOException {
    Path pdf = Path.of("src/test/resources/corpus/pdf/" + file);
    ImportReport imported = importer.importBytes(file, Files.readAllBytes(pdf), Actor.of("tester"));

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(imported.spendingLegs()).isEqualTo(expected.spendingLegs());
    CellComparisonResult cells =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0).comparison();
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(expected.exact());
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isEqualTo(expected.withinRounding());
    assertThat(cells.count(CellStatus.MISMATCH)).isEqualTo(expected.mismatch());
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    // 收支总表's 事业单位经营支出, 上缴上级支出 … (uses) and 结转结余下年 (年终结转结余) are read
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
    // 表1's 一、预算拨款 is 财政拨款 (its note: 一般公共预算, 政府性基金 and 国有资本经营; 表4 prints them apart):
    // compared with the three sources' income, and no 政府性基金 row is missing from it
    assertThat(cells.count(CellStatus.NOT_IN_PUBLISHED)).isZero();
    assertThat(cells.findings())
        .filteredOn(f -> f.table() == TableKind.INCOME_EXPENDITURE_SUMMARY)
        .filteredOn(f -> f.rowKey().startsWith("income:"))
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING))
        .noneMatch(f -> f.rowKey().equals("income:GENERAL_BUDGET"));
    assertThat(cells.findings(CellStatus.MISMATCH))
        .allSatisfy(f -> assertThat(f.table()).isEqualTo(TableKind.THREE_PUBLIC_EXPENSES));

    // every 三公 item comes back, those paid partly from 项目支出 within rounding
    List<CellFinding> threePublic =
        cells.findings().stream()
            .filter(f -> f.table() == TableKind.THREE_PUBLIC_EXPENSES)
            .toList();
    assertThat(threePublic)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING);
              assertThat(f.published())
                  .isEqualTo(Fen.parseWan(expected.threePublic().get(f.columnKey())));
              assertThat(f.tableNumber()).isEqualTo("表8"); // Guangzhou prints its 三公 table as 表8
            });
  }
}
