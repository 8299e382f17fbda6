package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Xi'an's 政府性基金收支表 is a 收支表 (income, spending by 类 name, by use, by 政府经济分类 side by side, no codes):
 * its 合计 row is read from the figures beside the labels its profile names, so 财政拨款收支总表's 本年支出 is
 * compared with the three fund tables read whole, not with 一般公共预算 alone; its 类 rows from the column
 * its profile names (支出功能分类科目), each name read in the year's catalogue, and compared with the
 * fund's lines under that 类.
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
  @Autowired TableInquiry inquiry;

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
   * Page 64: the 14 类 of 支出功能分类科目（按大类）, 五、城乡社区支出 3,031,779,608.00 元 and the others 0.00, each with
   * its code from the 2022 catalogue and its 合计 only (the table splits by use for the whole fund,
   * not per 类).
   */
  @Test
  void readsTheFundTablesClassesByName() throws Exception {
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(FILE, Files.readAllBytes(DIR.resolve(FILE)))
            .text();

    assertThat(text.lines())
        .contains(
            "212\t城乡社区支出\t3031779608.00\t（未列示）\t（未列示）",
            "206\t科学技术支出\t0.00\t（未列示）\t（未列示）",
            "233\t债务发行费用支出\t0.00\t（未列示）\t（未列示）");
    List<String> lines = text.lines().toList();
    int head = lines.indexOf("预算07表 政府性基金预算财政拨款支出表");
    List<String> classes =
        lines.subList(head + 3, lines.size()).stream()
            .takeWhile(l -> l.matches("^\\d{3}\t.*"))
            .toList();
    assertThat(classes)
        .extracting(l -> l.substring(0, 3))
        .containsExactly(
            "206", "207", "208", "211", "212", "213", "214", "215", "217", "229", "230", "231",
            "232", "233");
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
    // the 合计 row's three cells and the 14 类 rows' 合计, as read above: 城乡社区支出 3,031,779,608.00 is
    // the fund's 类 line, the 13 others 0.00 where the ledger holds none of the fund's money
    TableTally fund =
        cells.tallies().stream()
            .filter(t -> t.table() == TableKind.GOVERNMENT_FUND_EXPENDITURE)
            .findFirst()
            .orElseThrow();
    assertThat(fund.count(CellStatus.EXACT)).isEqualTo(17);
    assertThat(fund.count(CellStatus.MISMATCH)).isZero();
    assertThat(fund.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(fund.count(CellStatus.NOT_IN_PUBLISHED)).isZero();

    // the fund's money is known by 类 only (p.64 prints no 款 or 项 of it): one line of 城乡社区支出,
    // 3,031,779,608.00 元, not spread over the 一般公共预算 items 表5 prints under 212 (p.47-49)
    BudgetId id = BudgetId.parse(imported.budgetId());
    DisclosureTable rebuilt =
        inquiry.build(inquiry.view(id, PointInTime.LATEST), "government-fund-expenditure");
    assertThat(rebuilt.rows()).extracting(r -> r.key()).containsExactly("212", "total");
    assertThat(rebuilt.row("212").orElseThrow().cell("total").orElseThrow().amount())
        .isEqualTo(Fen.of(303_177_960_800L));
  }
}
