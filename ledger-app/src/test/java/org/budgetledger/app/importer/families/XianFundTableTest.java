package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Xi'an's 政府性基金收支表 is a 收支表 (income, spending by 类 name, by use, by 政府经济分类 side by side, no codes):
 * its 合计 row is read from the figures beside the labels its profile names, so 财政拨款收支总表's 本年支出 is
 * compared with the three fund tables read whole, not with 一般公共预算 alone.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:xianfund;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class XianFundTableTest {
  private static final Path DIR = Path.of("src/test/resources/corpus/pdf");
  private static final String FILE = "xian-2022-e183be6a.pdf";

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  /** Page 64: 本年支出合计 3,031,779,608.00, 一、人员经费和公用经费支出 0.00, 二、专项业务经费支出 3,031,779,608.00 元. */
  @Test
  void readsTheFundTablesTotalsBesideTheirLabels() throws Exception {
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(FILE, Files.readAllBytes(DIR.resolve(FILE)))
            .text();

    assertThat(text.lines()).contains("合计\t\t3031779608.00\t0.00\t3031779608.00");
  }

  /**
   * 财政拨款收支总表 本年支出 3,672,004,301.80 (p.45) = 一般公共预算 640,224,693.80 (p.47) + 政府性基金 3,031,779,608.00
   * (p.64): the rule passes on the figures read, and the three are compared.
   */
  @Test
  void theFundTableClosesTheFiscalSummaryAndIsCompared() throws IOException {
    ImportReport imported =
        importer.importBytes(FILE, Files.readAllBytes(DIR.resolve(FILE)), Actor.of("tester"));

    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    // nor does 收支总表 count its 其中：专项资金 100,000,000.00 (p.42) as a source beside the one it is
    // part of
    assertThat(imported.reconciliationFailures()).isEmpty();
    CellComparisonResult cells =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0).comparison();
    // the 合计 row's three cells, as read above; its 类 rows print names without codes and are not
    // read
    TableTally fund =
        cells.tallies().stream()
            .filter(t -> t.table() == TableKind.GOVERNMENT_FUND_EXPENDITURE)
            .findFirst()
            .orElseThrow();
    assertThat(fund.count(CellStatus.EXACT)).isEqualTo(3);
    assertThat(fund.count(CellStatus.MISMATCH)).isZero();
    assertThat(fund.count(CellStatus.NOT_IN_REBUILT)).isZero();
  }
}
