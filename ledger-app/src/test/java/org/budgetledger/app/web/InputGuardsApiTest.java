package org.budgetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.DispatcherType;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.model.BudgetId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What a hostile but fair client sends to {@code /entries} is refused with a problem naming the
 * field, and nothing is written (issue 13, items 1, 2, 6 and 8); each case was accepted before.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputGuardsApiTest {
  static final BudgetId BUDGET = BudgetId.of(2026, "313");
  static final String ENTRIES = "/api/budgets/" + BUDGET + "/entries";
  @Autowired MockMvc mvc;
  @Autowired LedgerCommands commands;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void openBudget() {
    WebTestData.openDistrict(commands, BUDGET);
  }

  long events() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  static String entry(
      String type,
      String requestId,
      String reason,
      String amount,
      String gov,
      String dept,
      String function) {
    return """
        {"type":"%s","effectiveDate":"2026-06-01"%s,
         "basis":{"document":"关于追加办公经费的批复","number":"东财预〔2026〕8号"},
         "reason":%s,
         "incomeLegs":[{"unit":"201001","fundSource":"一般公共预算","origin":"本年收入",
           "amount":"%s"}],
         "spendingLegs":[{"unit":"201001","function":"%s","govEconomic":"%s",
           "deptEconomic":"%s","kind":"公用经费","fundSource":"一般公共预算","amount":"%s"}]}
        """
        .formatted(
            type,
            requestId == null ? "" : ",\"requestId\":\"" + requestId + "\"",
            reason,
            amount,
            function,
            gov,
            dept,
            amount);
  }

  static String supplement(String requestId, String reason, String amount) {
    return entry("追加", requestId, "\"" + reason + "\"", amount, "50201", "30201", "2101501");
  }

  ResultActions postJson(String json) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(ENTRIES)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json)
            .with(httpBasic("luru", "luru-demo-2026")));
  }

  void refused(String json, int status, String field) throws Exception {
    long before = events();
    ResultActions r =
        postJson(json)
            .andExpect(status().is(status))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    if (field != null) {
      r.andExpect(jsonPath("$.field").value(field));
    }
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void acceptsTheReadmesChineseExample() throws Exception {
    postJson(supplement("zh-1", "办公经费", "1.25"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.entryId").isString())
        .andExpect(jsonPath("$.note").doesNotExist());
  }

  @Test
  void refusesAReasonOfAMegabyteAndOneWithNul() throws Exception {
    refused(supplement("big-1", "x".repeat(1 << 20), "1.00"), 400, "reason");
    refused(supplement("nul-1", "办公\\u0000经费", "1.00"), 400, "reason");
    refused(
        entry("追加", "doc-1", "\"r\"", "1.00", "50201", "30201", "2101501")
            .replace("关于追加办公经费的批复", "批复\\u001b[31m"),
        400,
        "basis.document");
  }

  @Test
  void refusesAMissingOrHugeRequestId() throws Exception {
    refused(supplement(null, "r", "1.00"), 400, "requestId");
    refused(supplement("r".repeat(10_000), "r", "1.00"), 400, "requestId");
  }

  @Test
  void refusesUnknownCodesAndAMismatchedEconomicPair() throws Exception {
    refused(
        entry("追加", "code-1", "\"r\"", "1.00", "50101", "30201", "2101501"),
        400,
        "spendingLegs[0].govEconomic");
    refused(
        entry("追加", "code-2", "\"r\"", "1.00", "50201", "39901", "2101501"),
        400,
        "spendingLegs[0].govEconomic");
    refused(
        entry("追加", "code-3", "\"r\"", "1.00", "50201", "38801", "2101501"),
        400,
        "spendingLegs[0].deptEconomic");
    refused(
        entry("追加", "code-4", "\"r\"", "1.00", "50201", "30201", "9991501"),
        400,
        "spendingLegs[0].function");
  }

  @Test
  void refusesASecondInitialBudget() throws Exception {
    refused(
        entry("INITIAL_BUDGET", "init-2", "\"r\"", "1.00", "50201", "30201", "2101501"), 422, null);
  }

  @Test
  void sameRequestIdWithADifferentBodyIsAConflict() throws Exception {
    postJson(supplement("dup-1", "办公经费", "2.00")).andExpect(status().isCreated());
    postJson(supplement("dup-1", "办公经费", "2.00")).andExpect(status().isCreated());
    refused(supplement("dup-1", "办公经费", "3.00"), 409, null);
  }

  @Test
  void malformedJsonIsAProblem() throws Exception {
    refused("{\"type\":\"追加\",", 400, "body");
  }

  @Test
  void anAuditorsFormPostAnswers403WithThePageOnce() throws Exception {
    long before = events();
    mvc.perform(
            post("/budgets/" + BUDGET + "/entries")
                .with(csrf())
                .with(user("shenji").roles("AUDITOR"))
                .param("type", "追加"))
        .andExpect(status().isForbidden())
        .andExpect(forwardedUrl("/denied"));
    // The forward itself, with the refused request's method, renders the page: before, it was
    // refused again and forwarded to itself until the stack overflowed.
    mvc.perform(
            post("/denied")
                .with(csrf())
                .with(user("shenji").roles("AUDITOR"))
                .with(
                    r -> {
                      r.setDispatcherType(DispatcherType.FORWARD);
                      return r;
                    }))
        .andExpect(status().isForbidden())
        .andExpect(view().name("denied"))
        .andExpect(forwardedUrl(null));
    mvc.perform(post("/audit/checkpoints").with(csrf()).with(user("shenji").roles("AUDITOR")))
        .andExpect(status().isForbidden())
        .andExpect(forwardedUrl("/denied"));
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void healthSaysTheReadModelsAreUp() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/health").with(user("shenji").roles("AUDITOR")))
        .andExpect(
            jsonPath("$.components.readModels.details.ledger-entries")
                .value(org.hamcrest.Matchers.startsWith("read model ledger-entries up to date")));
  }
}
