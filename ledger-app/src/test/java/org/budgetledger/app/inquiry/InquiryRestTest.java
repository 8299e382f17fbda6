package org.budgetledger.app.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.inquiry.InquiryLedger.END_OF_JUNE;
import static org.budgetledger.app.inquiry.InquiryLedger.OFFICE_ROW;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.budgetledger.app.command.LedgerCommands;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The REST inquiry endpoints and their OpenAPI documentation; shares the services' context. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:inquiry;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@WithMockUser(username = "shenji", roles = "AUDITOR")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryRestTest {
  static final String CELL = "/api/budgets/{b}/tables/{t}/cells/{r}/{c}/";
  @Autowired LedgerCommands commands;
  @Autowired MockMvc mvc;
  InquiryLedger ledger;
  String july;
  String september;

  @BeforeAll
  void recordLedger() {
    ledger = InquiryLedger.record(commands);
    // as an auditor types them: ISO with the Beijing offset
    july = OffsetDateTime.ofInstant(ledger.july, ZoneOffset.ofHours(8)).toString();
    september = OffsetDateTime.ofInstant(ledger.september, ZoneOffset.ofHours(8)).toString();
  }

  @Test
  void tableAtBothTimes() throws Exception {
    String officeTotal = "$.rows[?(@.key == '" + OFFICE_ROW + "')].cells[?(@.column == 'total')]";
    mvc.perform(
            get("/api/budgets/{b}/tables/{t}", ledger.budget, "预算03表")
                .param("asOf", september)
                .param("effective", END_OF_JUNE.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value("预算03表"))
        .andExpect(jsonPath("$.table").value("expenditure-summary"))
        .andExpect(jsonPath(officeTotal + ".amountFen").value(10_544_567))
        .andExpect(jsonPath(officeTotal + ".display").value("10.54"));
    mvc.perform(
            get("/api/budgets/{b}/tables/{t}", ledger.budget, "03")
                .param("asOf", july)
                .param("effective", END_OF_JUNE.toString()))
        .andExpect(jsonPath(officeTotal + ".amountFen").value(9_310_000));
    mvc.perform(get("/api/budgets/{b}/tables", ledger.budget))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tables.length()").value(13))
        .andExpect(jsonPath("$.tables[12].number").value("预算13表"));
  }

  @Test
  void traceAndHistory() throws Exception {
    mvc.perform(get(CELL + "trace", ledger.budget, "expenditure-summary", OFFICE_ROW, "total"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amountFen").value(10_044_567))
        .andExpect(jsonPath("$.legs.length()").value(4))
        .andExpect(jsonPath("$.legs[2].entryId").value("b1"))
        .andExpect(jsonPath("$.legs[2].typeName").value("追加"))
        .andExpect(jsonPath("$.legs[2].basisNumber").value("东财预〔2026〕8号"))
        .andExpect(jsonPath("$.legs[3].amountFen").value(-500_000));
    mvc.perform(get(CELL + "history", ledger.budget, "03", OFFICE_ROW, "total"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.steps[*].runningFen")
                .value(
                    org.hamcrest.Matchers.contains(7_310_000, 9_310_000, 10_544_567, 10_044_567)));
  }

  @Test
  void diffAndChanges() throws Exception {
    mvc.perform(
            get("/api/budgets/{b}/tables/{t}/diff", ledger.budget, "03")
                .param("fromAsOf", july)
                .param("fromEffective", "2026-06-30")
                .param("toAsOf", september)
                .param("toEffective", "2026-06-30"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes.length()").value(4))
        .andExpect(jsonPath("$.changes[0].deltaFen").value(1_234_567))
        .andExpect(jsonPath("$.changes[0].addedLegs[0].entryId").value("b1"));
    mvc.perform(
            get("/api/budgets/{b}/tables/{t}/diff", ledger.budget, "03")
                .param("fromEffective", "2026-04-01")
                .param("toEffective", "2026-05-31"))
        .andExpect(jsonPath("$.changes.length()").value(0))
        .andExpect(jsonPath("$.message").value(startsWith("No cell of 预算03表 changed")));
    mvc.perform(
            get("/api/budgets/{b}/changes", ledger.budget)
                .param("fromAsOf", july)
                .param("fromEffective", "2026-06-30")
                .param("toAsOf", september)
                .param("toEffective", "2026-06-30"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tables[?(@.tableNumber == '预算03表')].changedCells").value(4))
        .andExpect(
            jsonPath("$.tables[?(@.tableNumber == '预算03表')].totalChangeFen").value(1_234_567));
  }

  @Test
  void errorsNameWhatIsWrong() throws Exception {
    mvc.perform(get("/api/budgets/{b}/tables/{t}", ledger.budget, "99"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("预算99表")));
    mvc.perform(get("/api/budgets/{b}/tables/03", ledger.budget).param("asOf", "July"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("asOf"));
    mvc.perform(get("/api/budgets/2026-NOPE/tables/03")).andExpect(status().isNotFound());
    mvc.perform(get(CELL + "trace", ledger.budget, "03", "nope", "total"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("no row 'nope'")));
  }

  @Test
  void openApiDocumentsTheEndpointsAndServesTheUi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "/api/budgets/{budgetId}/tables/{table}/cells/{row}/{column}/trace")))
        .andExpect(content().string(containsString("/api/budgets/{budgetId}/changes")))
        // the unit of a body's amounts, and its default for clients that name none
        .andExpect(
            content()
                .string(
                    containsString(
                        "The unit of every leg's amount: 元 (up to 2 decimals) or 万元 (up to 6).")))
        .andExpect(content().string(containsString("万元 when it names none")));
    mvc.perform(get("/swagger-ui.html"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("swagger-ui/index.html")));
    String ui =
        mvc.perform(get("/swagger-ui/index.html"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(ui).contains("swagger-ui");
  }
}
