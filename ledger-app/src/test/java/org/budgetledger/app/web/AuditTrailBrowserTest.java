package org.budgetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.budgetledger.core.model.BudgetId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages an auditor reads instead of a spreadsheet, in Chromium: the frozen header of a long
 * table, find, a past point with its banner, 分录列表 filtered by 文号, an entry page with both sides of
 * a 调剂, 回放 over three entries, every mistake of a form listed at once, and error pages in Chinese,
 * and every page in one language. The budget 2026-202 has {@link BudgetHistory}'s four entries.
 */
@WebAppTest
class AuditTrailBrowserTest extends BrowserTestBase {
  static final BudgetId BUDGET = BudgetId.of(2026, "202");
  static final String SALARY_ROW = BudgetHistory.SALARY_ROW;

  @Override
  void prepareBudgets() {
    BudgetHistory.record(commands, BUDGET);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT entry_id) FROM ledger_entry_leg WHERE budget_id = ?",
                        Long.class,
                        BUDGET.toString())
                    == 4);
  }

  @Test
  void headerAndCodeColumnsStayInViewWhenTheTableScrolls() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.open("/budgets/" + municipal + "/tables?table=EXPENDITURE_SUMMARY");
    WebElement box = browser.await("#table-EXPENDITURE_SUMMARY .table-scroll");
    browser.driver.executeScript(
        "arguments[0].scrollTop = 1200; arguments[0].scrollLeft = 400;", box);
    Number scrolled = (Number) browser.driver.executeScript("return arguments[0].scrollTop", box);
    assertThat(scrolled.intValue()).isGreaterThan(500);
    double boxTop = top(box);
    WebElement firstHeader = browser.find("#table-EXPENDITURE_SUMMARY thead tr:first-child th");
    assertThat(top(firstHeader)).isCloseTo(boxTop, org.assertj.core.data.Offset.offset(1.0));
    // The row under the header is a body row far down the table, not the first one.
    WebElement code = browser.find("#table-EXPENDITURE_SUMMARY tbody tr:nth-child(40) td");
    assertThat(code.getAttribute("class")).contains("frozen");
    assertThat(left(code)).isCloseTo(left(box), org.assertj.core.data.Offset.offset(2.0));
    browser.screenshot("20-frozen-header-scrolled");
  }

  @Test
  void findShowsOnlyTheRowsOfOfficeExpenses() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.open("/budgets/2026-201/tables?table=EXPENDITURE_SUMMARY");
    int all = visibleRows().size();
    browser.find("#table-EXPENDITURE_SUMMARY input.find").sendKeys("办公费");
    List<WebElement> shown = visibleRows();
    assertThat(shown).isNotEmpty().hasSizeLessThan(all);
    assertThat(shown).allSatisfy(r -> assertThat(r.getText()).contains("办公费"));
    assertThat(shown).anySatisfy(r -> assertThat(r.getAttribute("data-key")).contains("30201"));
    assertThat(browser.find("#table-EXPENDITURE_SUMMARY .find-count").getText())
        .isEqualTo("找到 " + shown.size() + " 行");
    browser.screenshot("21-find-office-expenses");
    WebElement find = browser.find("#table-EXPENDITURE_SUMMARY input.find");
    find.clear();
    find.sendKeys("30201");
    assertThat(visibleRows()).hasSize(shown.size());
  }

  /**
   * The district 支出总表 prints only rows with all three codes; folded, it shows the 类 and 款 rows its
   * codes imply, each the exact sum of its rows (卫生健康支出 42,881.52 as 收支总表 prints it).
   */
  @Test
  void expenditureTableFoldsToClassesItDoesNotPrint() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.open("/budgets/2026-201/tables?table=EXPENDITURE_SUMMARY");
    int all = visibleRows().size();
    assertThat(visibleRows()).noneMatch(r -> r.getAttribute("class").contains("outline"));
    browser.find("#table-EXPENDITURE_SUMMARY .levels button[data-level='1']").click();
    List<WebElement> classes = visibleRows();
    assertThat(classes)
        .extracting(r -> r.getAttribute("data-key"))
        .contains("outline:210", "outline:221", "total")
        .allMatch(k -> k.equals("total") || k.matches("outline:\\d{3}"));
    WebElement health = browser.find("#table-EXPENDITURE_SUMMARY tr[data-key='outline:210']");
    assertThat(health.getText()).startsWith("210-卫生健康支出").contains("42,881.52");
    browser.screenshot("21a-fold-to-classes");
    browser.find("#table-EXPENDITURE_SUMMARY .levels button[data-level='2']").click();
    assertThat(visibleRows())
        .hasSizeGreaterThan(classes.size())
        .extracting(r -> r.getAttribute("data-key"))
        .contains("outline:21015")
        .allMatch(k -> k.equals("total") || k.matches("outline:\\d{3}(\\d{2})?"));
    browser.find("#table-EXPENDITURE_SUMMARY .levels button[data-level='9']").click();
    assertThat(visibleRows()).hasSize(all);
  }

  @Test
  void aPastPointStatesItselfAndADateBeforeTheBudgetShowsAnEmptyPage() {
    browser.signIn("shenji", "shenji-demo-2026");
    Instant s1 =
        jdbc.queryForObject(
                "SELECT MIN(recorded_at) FROM ledger_entry_leg"
                    + " WHERE budget_id = ? AND entry_id = 's1'",
                java.sql.Timestamp.class,
                BUDGET.toString())
            .toInstant();
    browser.open(
        "/budgets/2026-202/tables?table=EXPENDITURE_SUMMARY&asOf=" + s1 + "&effective=2026-06-30");
    String banner = browser.await("#point-banner").getText();
    assertThat(banner).isEqualTo("历史时点： 截至 " + Point.shown(s1) + "（北京时间）/ 生效日期 2026-06-30");
    // Chromium drops ":00" seconds from the value it shows.
    assertThat(java.time.LocalDateTime.parse(browser.find("#asOf").getAttribute("value")))
        .isEqualTo(java.time.LocalDateTime.parse(Point.picker(s1)));
    assertThat(browser.find("#table-EXPENDITURE_SUMMARY .point-caption").getText())
        .isEqualTo("截至 " + Point.shown(s1) + "（北京时间）/ 生效日期 2026-06-30");
    assertThat(cell(WebTestData.OFFICE_ROW).getText()).isEqualTo("9.31");
    browser.screenshot("22-past-point-banner");

    // An entry as the point: the ledger just after 调剂 r1, before 追加 b1 was recorded.
    browser.open("/budgets/2026-202/tables?table=EXPENDITURE_SUMMARY&entry=r1");
    assertThat(browser.await("#point-banner").getText()).startsWith("历史时点： 截至 ");
    assertThat(cell(WebTestData.OFFICE_ROW).getText()).isEqualTo("8.81");

    browser.open("/budgets/2026-202/tables?table=EXPENDITURE_SUMMARY&effective=2025-12-31");
    assertThat(browser.await("#empty-point").getText()).contains("尚未建立");
    assertThat(browser.find("#nav-journal").isDisplayed()).isTrue();
    assertThat(browser.driver.findElements(By.cssSelector("#table-tabs a"))).hasSize(13);
    browser.screenshot("23-before-the-budget");
  }

  @Test
  void journalFilteredByDocumentNumber() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.open("/budgets/2026-202/journal");
    assertThat(entries()).containsExactly("initial-2026-202", "s1", "r1", "b1");
    browser.find("#basisNumber").sendKeys("〔2026〕8号");
    browser.find("#journal-search").click();
    browser.await("#basisNumber[value='〔2026〕8号']");
    assertThat(entries()).containsExactly("s1", "b1");
    assertThat(browser.find("#journal-count").getText()).startsWith("共 2 笔分录");
    assertThat(browser.find("#journal tr[data-entry='b1']").getText())
        .contains("1.234567")
        .contains("2026-06-15");
    assertThat(browser.find("#journal-export").getAttribute("href"))
        .contains("basisNumber=%E3%80%942026%E3%80%958%E5%8F%B7");
    browser.screenshot("24-journal-by-document-number");
  }

  @Test
  void entryPageShowsBothSidesOfAReallocationAndWhatItChanged() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.open("/budgets/2026-202/journal");
    browser.find("#journal tr[data-entry='r1'] a").click();
    assertThat(browser.await("#entry-id").getText()).isEqualTo("r1");
    assertThat(browser.find("#entry-basis-number").getText()).isEqualTo("东财预〔2026〕12号");
    assertThat(browser.find("#entry-effective").getText()).isEqualTo("2026-08-01");
    assertThat(browser.find("#legs-decreases").getText()).contains("30201").contains("-0.500000");
    assertThat(browser.find("#legs-increases").getText()).contains("30101").contains("0.500000");
    assertThat(browser.driver.findElements(By.id("legs-income"))).isEmpty();
    WebElement office =
        browser.find(
            "#entry-changes tr[data-table='EXPENDITURE_SUMMARY']"
                + "[data-row='"
                + WebTestData.OFFICE_ROW
                + "'][data-column='total']");
    assertThat(office.getText()).contains("9.31").contains("8.81").contains("-0.50");
    browser.screenshot("25-entry-reallocation");
  }

  @Test
  void replayStepsOverThreeEntriesHighlightingWhatEachChanged() {
    browser.signIn("shenji", "shenji-demo-2026");
    browser.open("/budgets/2026-202/replay?table=EXPENDITURE_SUMMARY&step=1");
    assertThat(browser.await("#replay-step").getText()).isEqualTo("第 1 / 4 步");
    browser.find("#replay-next").click();
    assertStep("第 2 / 4 步", "s1", List.of(WebTestData.OFFICE_ROW, "total"), "7.31", "9.31");
    browser.screenshot("26-replay-step-2");
    browser.find("#replay-next").click();
    assertStep("第 3 / 4 步", "r1", List.of(WebTestData.OFFICE_ROW, SALARY_ROW), "9.31", "8.81");
    assertThat(changed(SALARY_ROW).findElement(By.cssSelector(".value")).getText())
        .isEqualTo("404.64");
    browser.screenshot("27-replay-step-3");
    browser.find("#replay-next").click();
    assertStep("第 4 / 4 步", "b1", List.of(WebTestData.OFFICE_ROW, "total"), "8.81", "10.04");
    assertThat(browser.driver.findElements(By.id("replay-next"))).isEmpty();
    browser.screenshot("28-replay-step-4");
  }

  @Test
  void formListsEveryMistakeAtOnceInChinese() {
    browser.signIn("luru", "luru-demo-2026");
    browser.open("/budgets/2026-202/entries/new");
    browser.await("#entry-form");
    assertThat(browser.find("#effectiveDate").getAttribute("value"))
        .isEqualTo(LocalDate.now(org.budgetledger.app.request.Instants.BEIJING).toString());
    browser.find("#reason").sendKeys("四处错误");
    browser.find("input[name='incomeLegs[0].amount']").sendKeys("2.00");
    browser.find("input[name='spendingLegs[0].function']").sendKeys("21015x1");
    browser.find("input[name='spendingLegs[0].govEconomic']").sendKeys("50201");
    browser.find("input[name='spendingLegs[0].deptEconomic']").sendKeys("30201");
    browser.find("input[name='spendingLegs[0].amount']").sendKeys("两万");
    long before = events();
    browser.find("#save-button").click();
    browser.await("#form-errors"); // the answer's page, not the form as it was before the click
    List<WebElement> errors = browser.driver.findElements(By.cssSelector(".field-error"));
    assertThat(errors)
        .extracting(e -> e.getAttribute("data-field"))
        .containsExactlyInAnyOrder(
            "basis.document", "basis.number", "spendingLegs[0].function", "spendingLegs[0].amount");
    assertThat(browser.find("[data-field='spendingLegs[0].amount']").getText()).startsWith("不是金额");
    List<WebElement> listed = browser.driver.findElements(By.cssSelector("#form-errors li"));
    assertThat(listed)
        .extracting(WebElement::getText)
        .containsExactly(
            "依据文件：必填",
            "文号：必填",
            "支出第 1 行 · 功能分类：不是功能分类代码：应为 3、5 或 7 位数字，如 2101501",
            "支出第 1 行 · 金额（万元）：不是金额：请填写万元金额，如 12.34，最多 6 位小数（精确到分）");
    assertThat(browser.find("#form-errors").getText()).doesNotContainPattern("[A-Za-z]");
    assertThat(events()).isEqualTo(before);
    browser.screenshot("29-form-four-mistakes");
  }

  @Test
  void errorPagesSpeakChineseOnly() {
    browser.signIn("shenji", "shenji-demo-2026");
    for (String page :
        List.of(
            "/budgets/2026-999/tables",
            "/budgets/2026-202/tables?effective=x",
            "/budgets/2026-202/journal/no-such-entry",
            "/no-such-page")) {
      browser.open(page);
      String text = browser.await("main").getText();
      assertThat(text).as(page).isNotBlank().doesNotContainPattern("[A-Za-z]");
    }
    browser.screenshot("30-error-page-chinese");
  }

  /** Every page in each language: no English words on Chinese pages, no Chinese on English ones. */
  @Test
  void eachPageSpeaksOneLanguage() {
    browser.signIn("luru", "luru-demo-2026");
    List<String> pages =
        List.of(
            "/budgets",
            "/budgets/2026-202/tables?table=EXPENDITURE_SUMMARY",
            "/budgets/2026-202/tables?table=PROJECT_PERFORMANCE",
            "/budgets/2026-202/tables?effective=2025-12-31",
            "/budgets/2026-202/cells?table=EXPENDITURE_SUMMARY&row="
                + TableRenderer.encode(WebTestData.OFFICE_ROW)
                + "&column=total",
            "/budgets/2026-202/compare",
            "/budgets/2026-202/journal",
            "/budgets/2026-202/journal/r1",
            "/budgets/2026-202/replay?step=3",
            "/budgets/2026-201/reconciliation",
            "/budgets/2026-202/entries/new",
            "/imports",
            "/audit",
            "/budgets/2026-999/tables",
            "/no-such-page");
    // Every page is read before failing, so one run lists every word out of place.
    org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
    for (String lang : List.of("zh_CN", "en")) {
      for (String page : pages) {
        browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
        browser.await("main");
        String text = (String) browser.driver.executeScript(PageLanguages.OWN_TEXT);
        soft.assertThat(text).as(page).isNotBlank();
        soft.assertThat(
                lang.equals("en") ? PageLanguages.chineseIn(text) : PageLanguages.englishIn(text))
            .as(lang + " " + page)
            .isEmpty();
      }
    }
    browser.open("/budgets?lang=zh_CN");
    soft.assertAll();
  }

  private void assertStep(String step, String entry, List<String> rows, String old, String now) {
    assertThat(browser.await("#replay-step").getText()).isEqualTo(step);
    assertThat(browser.find("#replay-entry-link").getText()).isEqualTo(entry);
    List<WebElement> changed =
        browser.driver.findElements(
            By.cssSelector("#table-EXPENDITURE_SUMMARY tbody td.changed[data-column='total']"));
    // A 调剂 moves money between lines: the 合计 stays.
    assertThat(changed)
        .extracting(c -> c.getAttribute("data-row"))
        .containsExactlyInAnyOrderElementsOf(rows);
    WebElement office = changed(WebTestData.OFFICE_ROW);
    assertThat(office.findElement(By.cssSelector(".old")).getText()).isEqualTo(old);
    assertThat(office.findElement(By.cssSelector(".value")).getText()).isEqualTo(now);
  }

  private WebElement changed(String row) {
    return browser.find(
        "#table-EXPENDITURE_SUMMARY td.changed[data-row='" + row + "'][data-column='total']");
  }

  private WebElement cell(String row) {
    return browser.find(
        "#table-EXPENDITURE_SUMMARY td[data-row='" + row + "'][data-column='total']");
  }

  private List<WebElement> visibleRows() {
    return browser
        .driver
        .findElements(By.cssSelector("#table-EXPENDITURE_SUMMARY tbody tr"))
        .stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private List<String> entries() {
    return browser.driver.findElements(By.cssSelector("#journal tbody tr")).stream()
        .map(r -> r.getAttribute("data-entry"))
        .toList();
  }

  private double top(WebElement e) {
    return ((Number)
            browser.driver.executeScript("return arguments[0].getBoundingClientRect().top", e))
        .doubleValue();
  }

  private double left(WebElement e) {
    return ((Number)
            browser.driver.executeScript("return arguments[0].getBoundingClientRect().left", e))
        .doubleValue();
  }
}
