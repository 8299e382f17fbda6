package org.budgetledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.budget.api.BudgetCommand;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LedgerQueries;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code POST …/entries} and {@code …/reversal}: the web layer alone, the ledger a mock. */
@WebMvcTest(BudgetController.class)
@WriteApiSlice
class BudgetControllerTest {
  @Autowired MockMvc mvc;
  @MockitoBean LedgerCommands commands;
  @MockitoBean LedgerQueries queries;

  static MockHttpServletRequestBuilder postEntry(String json) {
    return post("/api/budgets/2026-201/entries")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  static String supplement(String effectiveDate) {
    return """
        {"type":"SUPPLEMENT",%s"requestId":"r1",
         "basis":{"document":"关于追加办公经费的批复","number":"东财预〔2026〕8号"},
         "reason":"办公经费",
         "incomeLegs":[{"unit":"201001","fundSource":"GENERAL_BUDGET","amount":"12.34"}],
         "spendingLegs":[{"unit":"201001","function":"2101501","govEconomic":"50201",
           "deptEconomic":"30201","kind":"BASIC_PUBLIC","fundSource":"GENERAL_BUDGET",
           "amount":"12.34"}]}
        """
        .formatted(effectiveDate == null ? "" : "\"effectiveDate\":\"" + effectiveDate + "\",");
  }

  @Test
  void anEntryUserRecordsAnEntryUnderHerOwnName() throws Exception {
    given(commands.sendNoting(any()))
        .willReturn(new LedgerCommands.Sent<>(EntryId.of("e-1"), Optional.empty()));
    mvc.perform(
            postEntry(supplement("2026-03-01"))
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.entryId").value("e-1"));
    ArgumentCaptor<BudgetCommand> sent = ArgumentCaptor.forClass(BudgetCommand.class);
    verify(commands).sendNoting(sent.capture());
    assertThat(sent.getValue())
        .isInstanceOfSatisfying(
            RecordEntryCommand.class,
            c -> {
              assertThat(c.actor().value()).isEqualTo("luru");
              assertThat(c.type()).isEqualTo(EntryType.SUPPLEMENT);
              assertThat(c.spendingLegs().get(0).amount()).isEqualTo(Fen.of(12_340_000));
              assertThat(c.budgetId().toString()).isEqualTo("2026-201");
            });
  }

  @Test
  void aReversalNamesTheEntryItReverses() throws Exception {
    given(commands.sendNoting(any()))
        .willReturn(new LedgerCommands.Sent<>(EntryId.of("rev-1"), Optional.empty()));
    mvc.perform(
            post("/api/budgets/2026-201/entries/e-1/reversal")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"effectiveDate":"2026-06-01","requestId":"r2","reason":"撤销",
                 "basis":{"document":"关于撤销追加的批复","number":"东财预〔2026〕9号"}}
                """)
                .with(httpBasic(WriteApiSlice.ADMIN, WriteApiSlice.ADMIN_PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.entryId").value("rev-1"));
    ArgumentCaptor<BudgetCommand> sent = ArgumentCaptor.forClass(BudgetCommand.class);
    verify(commands).sendNoting(sent.capture());
    assertThat(sent.getValue())
        .isInstanceOfSatisfying(
            ReverseEntryCommand.class,
            c -> assertThat(c.reversedEntryId()).isEqualTo(EntryId.of("e-1")));
  }

  @Test
  void aMissingFieldIsAProblemNamingTheFieldAndNothingIsSent() throws Exception {
    mvc.perform(
            postEntry(supplement(null))
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("effectiveDate"));
    verifyNoInteractions(commands);
  }

  @Test
  void aBrokenBudgetRuleIs422NamingTheRule() throws Exception {
    given(commands.sendNoting(any()))
        .willThrow(
            new CommandExecutionException(
                "rejected",
                new BudgetRuleViolation(BudgetRule.UNKNOWN_UNIT, "spending leg 1 names 201009")));
    mvc.perform(
            postEntry(supplement("2026-03-01"))
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.rule").value("UNKNOWN_UNIT"));
  }

  @Test
  void anAuditorIsRefusedWith403AndNothingIsSent() throws Exception {
    mvc.perform(
            postEntry(supplement("2026-03-01"))
                .with(httpBasic(WriteApiSlice.SHENJI, WriteApiSlice.SHENJI_PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    verifyNoInteractions(commands);
  }
}
