package org.budgetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.core.model.BudgetId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages over the merged services, in a real browser: 勾稽核对 of both seeds and of a budget without
 * a document, 导入 (a rejected document imports nothing; the seed again is already imported), 审计校验
 * (verify as 审计, sign as 管理员), the table downloads, and a preview the budget's rules refuse.
 */
@WebAppTest
class WebServicesBrowserTest extends BrowserTestBase {
  static final BudgetId NO_DOCUMENT = BudgetId.of(2026, "302");

  @Override
  void prepareBudgets() {
    WebTestData.openDistrict(commands, NO_DOCUMENT);
  }

  @Test
  void reconciliationShowsCountsCellsAndRulesAndLinksToProvenance() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.find("#budget-list [data-budget='2026-201'] .recon-status a").click();
    WebElement tally = browser.await("#tally-0");
    assertThat(tally.getText()).contains("预算03表", "支出总表");
    assertThat(
            browser.driver.findElements(
                By.cssSelector("#findings-0 tr[data-status='WITHIN_ROUNDING']")))
        .isNotEmpty();
    assertThat(browser.find("#rules-published-0-counts").getText()).contains("舍入差异");
    assertThat(browser.find("#rules-rebuilt-0-counts").getText()).contains("不符 0");
    browser.screenshot("12-reconciliation-district");

    browser.open("/budgets/" + municipal + "/reconciliation");
    assertThat(
            browser.driver.findElements(
                By.cssSelector("#findings-0 tr[data-status='NOT_IN_PUBLISHED']")))
        .hasSize(5);
    assertThat(browser.find("#findings-0").getText()).contains("81,779.000000");
    assertThat(browser.driver.findElements(By.cssSelector("#rules-published-0 tr.rs-FAIL")))
        .isNotEmpty();
    browser.screenshot("13-reconciliation-municipal");
    browser.find("#findings-0 a.trace-link").click();
    assertThat(browser.await("#cell-value").getText()).isEqualTo("81,779.000000");

    browser.open("/budgets/" + NO_DOCUMENT + "/reconciliation");
    assertThat(browser.await("#no-document").getText()).contains("没有导入公开文件");
  }

  @Test
  void rejectedDocumentShowsItsProblemsAndImportsNothing() throws Exception {
    browser.signIn("luru", "luru-demo-2026");
    browser.find("#nav-imports").click();
    browser.await("#import-form");
    browser.screenshot("14-import-form");
    Path corrupted = Files.createTempDirectory("web-import").resolve("corrupted.txt");
    Files.writeString(
        corrupted,
        Files.readString(Path.of("..", "seeds", WebTestData.DISTRICT_SEED))
            .replace("404.14\t404.14", "4O4.14\t404.14"));
    long before = events();
    browser.find("#file").sendKeys(corrupted.toAbsolutePath().toString());
    browser.find("#import-button").click();
    WebElement status = browser.await("#import-status");
    assertThat(status.getAttribute("data-status")).isEqualTo("REJECTED");
    assertThat(browser.find("#import-problems").getText()).contains("corrupted.txt", "112");
    assertThat(events()).isEqualTo(before);
    browser.screenshot("15-import-rejected");

    browser.find("#import-another").click();
    browser
        .find("#file")
        .sendKeys(
            Path.of("..", "seeds", WebTestData.DISTRICT_SEED)
                .toAbsolutePath()
                .normalize()
                .toString());
    browser.find("#import-button").click();
    assertThat(browser.await("#import-status").getAttribute("data-status"))
        .isEqualTo("ALREADY_IMPORTED");
    assertThat(browser.find("#imported-budget").getText()).isEqualTo("2026-201");
    assertThat(events()).isEqualTo(before);
    browser.screenshot("16-import-already-imported");
  }

  @Test
  void anyoneVerifiesTheLogOnlyTheAdministratorSignsACheckpoint() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.find("#nav-audit").click();
    assertThat(browser.driver.findElements(By.id("checkpoint-button"))).isEmpty();
    browser.find("#verify-button").click();
    assertThat(browser.await("#verification").getAttribute("data-ok")).isEqualTo("true");
    assertThat(browser.find("#public-key").getText()).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(fetch("/audit/public-key.pem")).startsWith("200 text/plain");
    browser.screenshot("17-audit-verified");

    browser.signOut();
    browser.signIn("admin", "admin-demo-2026");
    browser.open("/audit");
    browser.find("#checkpoint-button").click();
    assertThat(browser.await("#checkpoint-created").getText()).contains("检查点");
    assertThat(browser.find("#latest-checkpoint").getText()).contains("Merkle");
    browser.screenshot("18-audit-checkpoint");
  }

  @Test
  void tablePageDownloadsTheShownTableAsExcelAndCsv() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.open("/budgets/2026-201/tables?table=EXPENDITURE_SUMMARY&effective=2026-03-01");
    String xlsx = browser.find("#export-xlsx").getAttribute("href");
    assertThat(xlsx)
        .contains("/tables/EXPENDITURE_SUMMARY/export?format=xlsx")
        .contains("effective=2026-03-01");
    assertThat(fetch(xlsx)).startsWith("200 application/vnd.openxmlformats");
    assertThat(fetch(browser.find("#export-csv").getAttribute("href")))
        .startsWith("200 text/csv")
        .contains("办公费");
    browser.screenshot("19-tables-downloads");
  }

  @Test
  void previewOfAReductionBelowZeroShowsTheRuleAndSavesNothing() {
    browser.signIn("luru", "luru-demo-2026");
    browser.open("/budgets/2026-201/entries/new?type=REDUCTION");
    browser.driver.executeScript(
        "arguments[0].value = '2026-06-01'", browser.find("#effectiveDate"));
    browser.find("input[name='basis.document']").sendKeys("关于调减办公经费的通知");
    browser.find("input[name='basis.number']").sendKeys("东财预〔2026〕9号");
    browser.find("#reason").sendKeys("调减办公经费");
    browser.find("input[name='incomeLegs[0].amount']").sendKeys("-100");
    browser.find("input[name='spendingLegs[0].function']").sendKeys("2101501");
    browser.find("input[name='spendingLegs[0].govEconomic']").sendKeys("50201");
    browser.find("input[name='spendingLegs[0].deptEconomic']").sendKeys("30201");
    browser.find("input[name='spendingLegs[0].amount']").sendKeys("-100");
    long before = events();
    browser.find("#preview-button").click();
    assertThat(browser.await("#preview-refused").getText()).contains("不得为负");
    assertThat(events()).isEqualTo(before);
    browser.screenshot("05b-entry-preview-refused");
  }

  /** A GET with the browser's own session: status, content type and the start of the body. */
  private String fetch(String url) {
    Object answer =
        browser.driver.executeAsyncScript(
            "var done = arguments[1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' '"
                + " + r.headers.get('content-type') + ' ' + t.substring(0, 2000))));",
            url);
    return String.valueOf(answer);
  }
}
