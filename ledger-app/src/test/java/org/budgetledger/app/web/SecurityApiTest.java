package org.budgetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.LedgerQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may write: 录入 and 管理员 may; 审计 and strangers are refused and nothing is written. */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityApiTest {
  static final BudgetId BUDGET = BudgetId.of(2026, "301");
  @Autowired MockMvc mvc;
  @Autowired LedgerCommands commands;
  @Autowired LedgerQueries queries;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void openBudget() {
    WebTestData.openDistrict(commands, BUDGET);
  }

  long events() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  MockHttpServletRequestBuilder postEntry(String requestId) {
    return post("/api/budgets/" + BUDGET + "/entries")
        .contentType(MediaType.APPLICATION_JSON)
        .content(supplementJson(requestId));
  }

  @Test
  void auditorPostingAnEntryGets403ProblemAndNothingIsWritten() throws Exception {
    long before = events();
    mvc.perform(postEntry("a1").with(httpBasic("shenji", "shenji-demo-2026")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403));
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void strangerGets401ProblemOnReads() throws Exception {
    mvc.perform(get("/api/budgets/" + BUDGET + "/balances"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            get("/api/budgets/" + BUDGET + "/balances").with(httpBasic("shenji", "wrong password")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void auditorReadsBalances() throws Exception {
    mvc.perform(
            get("/api/budgets/" + BUDGET + "/balances")
                .with(httpBasic("shenji", "shenji-demo-2026")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].amount").isNumber());
  }

  @Test
  void entryUserWritesAndTheEventNamesThem() throws Exception {
    mvc.perform(postEntry("e1").with(httpBasic("luru", "luru-demo-2026")))
        .andExpect(status().isCreated());
    String actor =
        jdbc.queryForObject(
            "SELECT DISTINCT actor FROM ledger_entry_leg"
                + " WHERE budget_id = ? AND reason = 'api-e1'",
            String.class,
            BUDGET.toString());
    assertThat(actor).isEqualTo("luru");
  }

  @Test
  void adminWrites() throws Exception {
    mvc.perform(postEntry("adm").with(httpBasic("admin", "admin-demo-2026")))
        .andExpect(status().isCreated());
  }

  @Test
  void auditorPostingThePageFormIsRefusedAndNothingIsWritten() throws Exception {
    long before = events();
    mvc.perform(
            post("/budgets/" + BUDGET + "/entries")
                .params(WebForms.supplement("9.99"))
                .with(user("shenji").roles("AUDITOR"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void pageFormWithoutCsrfTokenIsRefused() throws Exception {
    long before = events();
    mvc.perform(
            post("/budgets/" + BUDGET + "/entries")
                .params(WebForms.supplement("9.99"))
                .with(user("luru").roles("ENTRY")))
        .andExpect(status().isForbidden());
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void pageFormWithTokenRecordsUnderTheSignedInUser() throws Exception {
    mvc.perform(
            post("/budgets/" + BUDGET + "/entries")
                .params(WebForms.supplement("1.50"))
                .with(user("luru").roles("ENTRY"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.queryForList(
                "SELECT actor FROM ledger_entry_leg WHERE budget_id = ?" + " AND reason = '表单追加'",
                String.class,
                BUDGET.toString()))
        .containsOnly("luru");
  }

  private static String supplementJson(String requestId) {
    return """
        {"type":"SUPPLEMENT","effectiveDate":"2026-06-01","requestId":"%s",
         "basis":{"document":"关于追加办公经费的批复","number":"东财预〔2026〕8号"},
         "reason":"api-%s",
         "incomeLegs":[{"unit":"201001","fundSource":"GENERAL_BUDGET","amount":"1.00"}],
         "spendingLegs":[{"unit":"201001","function":"2101501","govEconomic":"50201",
           "deptEconomic":"30201","kind":"BASIC_PUBLIC","fundSource":"GENERAL_BUDGET",
           "amount":"1.00"}]}
        """
        .formatted(requestId, requestId);
  }
}
