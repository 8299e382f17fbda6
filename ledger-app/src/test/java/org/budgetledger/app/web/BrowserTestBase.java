package org.budgetledger.app.web;

import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.importer.DisclosureImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every browser test shares: both seeds imported through the real importer, one Chromium for
 * the class, every test starting signed out, and a picture of where a failed flow stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
  @LocalServerPort int port;
  @Autowired LedgerCommands commands;
  @Autowired DisclosureImporter importer;
  @Autowired JdbcTemplate jdbc;
  Browser browser;

  /** The municipal seed's budget id, as its import answered. */
  String municipal;

  @RegisterExtension
  final TestWatcher onFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          browser.saveFailure("failed-" + context.getRequiredTestMethod().getName());
        }
      };

  /** Budgets a test class needs besides the two seeds. */
  abstract void prepareBudgets() throws Exception;

  @BeforeAll
  void start() throws Exception {
    municipal = WebTestData.importSeed(importer, WebTestData.MUNICIPAL_SEED);
    WebTestData.importSeed(importer, WebTestData.DISTRICT_SEED);
    prepareBudgets();
    browser = new Browser(port);
  }

  @AfterAll
  void stop() throws Exception {
    browser.close();
  }

  @BeforeEach
  void signedOut() {
    browser.open("/login");
    browser.driver.manage().deleteAllCookies();
  }

  long events() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }
}
