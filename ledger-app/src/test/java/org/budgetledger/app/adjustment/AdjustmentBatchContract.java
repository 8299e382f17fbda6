package org.budgetledger.app.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.entries.LedgerQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Adjustment files recorded all or nothing, on every database the ledger runs on: subclasses bind
 * it to H2 and PostgreSQL. Figures in fen (1 万元 = 1,000,000 fen).
 */
@WithMockUser(username = "luru", roles = "ENTRY")
abstract class AdjustmentBatchContract {
  @Autowired Adjustments adjustments;
  @Autowired LedgerCommands commands;
  @Autowired LedgerQueries queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  BudgetId budget;

  @BeforeEach
  void openBudget() {
    budget = BudgetId.of(2026, "A" + Long.toHexString(System.nanoTime()).substring(4));
    AdjustmentFixture.openAndFund(commands, budget);
  }

  long eventCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  AdjustmentOutcome apply(String file, String content, boolean dryRun) {
    return adjustments.apply(
        budget,
        file,
        content.getBytes(StandardCharsets.UTF_8),
        AdjustmentFixture.ACTOR,
        MoneyUnit.WAN_YUAN,
        dryRun);
  }

  long wan(String text) {
    return Fen.parseWan(text).value();
  }

  @Test
  void recordsEveryEntryOfAJsonFile() {
    long before = eventCount();
    AdjustmentOutcome outcome = apply("adjust.json", AdjustmentFiles.validJson(), false);
    assertThat(outcome.entryIds()).hasSize(5);
    assertThat(eventCount()).isEqualTo(before + 5);
    // 7.31 + 12.34 − 1.00 + 2.00 − 0.31 − 12.34 (the 冲销 of the 追加)
    assertThat(AdjustmentFixture.spending(queries, budget, "30201")).isEqualTo(wan("8.00"));
    assertThat(AdjustmentFixture.spending(queries, budget, "30211")).isEqualTo(wan("1.00"));
    assertThat(AdjustmentFixture.income(queries, budget, Origin.CARRY_OVER)).isEqualTo(wan("2.00"));
    assertThat(AdjustmentFixture.income(queries, budget, Origin.CURRENT_YEAR))
        .isEqualTo(wan("411.14"));
  }

  @Test
  void recordsTheSameBatchFromCsvWithChineseNamesAndABom() {
    long before = eventCount();
    AdjustmentOutcome outcome = apply("adjust.csv", AdjustmentFiles.validCsv(), false);
    assertThat(outcome.entryIds()).hasSize(5);
    assertThat(eventCount()).isEqualTo(before + 5);
    assertThat(AdjustmentFixture.spending(queries, budget, "30201")).isEqualTo(wan("8.00"));
    assertThat(AdjustmentFixture.spending(queries, budget, "30211")).isEqualTo(wan("1.00"));
    assertThat(AdjustmentFixture.income(queries, budget, Origin.CARRY_OVER)).isEqualTo(wan("2.00"));
  }

  @Test
  void recordingAFileTwiceRecordsItOnce() {
    apply("adjust.json", AdjustmentFiles.validJson(), false);
    long before = eventCount();
    AdjustmentOutcome again = apply("adjust.json", AdjustmentFiles.validJson(), false);
    assertThat(again.entryIds()).hasSize(5);
    assertThat(eventCount()).isEqualTo(before);
    assertThat(AdjustmentFixture.spending(queries, budget, "30201")).isEqualTo(wan("8.00"));
  }

  @Test
  void aDryRunShowsTheCellsAndRecordsNothing() {
    long before = eventCount();
    String supplement =
        "["
            + AdjustmentFiles.jsonEntry(
                "p1",
                "追加",
                "2026-03-01",
                AdjustmentFiles.general("12.34"),
                AdjustmentFiles.office("12.34"))
            + "]";
    AdjustmentOutcome outcome = apply("preview.json", supplement, true);
    assertThat(outcome.recorded()).isFalse();
    assertThat(eventCount()).isEqualTo(before);
    assertThat(AdjustmentFixture.spending(queries, budget, "30201")).isEqualTo(wan("7.31"));
    // 12.34 more 办公费 (基本支出, 公用经费) and 一般公共预算 income: every cell changes by exactly that
    assertThat(outcome.changes()).allSatisfy(c -> assertThat(c.deltaFen()).isEqualTo(wan("12.34")));
    assertThat(outcome.changes())
        .contains(
            new CellPreview(
                "预算03表",
                "2026年部门（单位）支出预算总表",
                "2101501|50201|30201",
                "basic",
                7_310_000,
                19_650_000,
                MoneyUnit.WAN_YUAN),
            new CellPreview(
                "预算07表",
                "2026年部门（单位）一般公共预算财政拨款基本支出表",
                "50201|30201",
                "public",
                7_310_000,
                19_650_000,
                MoneyUnit.WAN_YUAN),
            new CellPreview(
                "预算01表",
                "2026年部门（单位）收支总表",
                "income:GENERAL_BUDGET",
                "income",
                411_450_000,
                423_790_000,
                MoneyUnit.WAN_YUAN),
            new CellPreview(
                "预算06表",
                "2026年部门（单位）一般公共预算财政拨款支出表",
                "201001|2101501",
                "public",
                7_310_000,
                19_650_000,
                MoneyUnit.WAN_YUAN));
    assertThat(outcome.changes())
        .extracting(CellPreview::table)
        .doesNotContain("预算08表", "预算09表", "预算10表");
  }

  @Test
  void aBrokenRuleInTheThirdEntryLeavesNothingWritten() {
    long before = eventCount();
    String b1 =
        AdjustmentFiles.jsonEntry(
            "b1",
            "追加",
            "2026-03-01",
            AdjustmentFiles.general("1.00"),
            AdjustmentFiles.office("1.00"));
    String b2 =
        AdjustmentFiles.jsonEntry(
            "b2",
            "调剂",
            "2026-04-01",
            "",
            AdjustmentFiles.office("-2.00") + "," + AdjustmentFiles.travel("2.00"));
    // 办公费 holds 7.31 + 1.00 − 2.00 = 6.31: taking 100.00 away breaks the rule
    String b3 =
        AdjustmentFiles.jsonEntry(
            "b3",
            "追减",
            "2026-05-01",
            AdjustmentFiles.general("-100.00"),
            AdjustmentFiles.office("-100.00"));
    String file = "[" + b1 + ",\n" + b2 + ",\n" + b3 + "]";
    assertThatThrownBy(() -> apply("bad.json", file, false))
        .isInstanceOfSatisfying(
            AdjustmentRejectedException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(BudgetRule.LINE_BELOW_ZERO);
              assertThat(e.place().entry()).isEqualTo(3);
              assertThat(e.getMessage())
                  .startsWith("bad.json entry 3 (line 5)")
                  .contains("nothing of the file was recorded");
            });
    assertThat(eventCount()).isEqualTo(before);
    assertThat(AdjustmentFixture.spending(queries, budget, "30201")).isEqualTo(wan("7.31"));
    assertThat(AdjustmentFixture.spending(queries, budget, "30211")).isZero();

    // The aggregate kept nothing of the rolled-back entries: their request ids are unknown to it,
    // so the first two entries record anew, and its balances are the ones in the event store.
    String firstTwo = "[" + b1 + ",\n" + b2 + "]";
    AdjustmentOutcome again = apply("good.json", firstTwo, false);
    assertThat(eventCount()).isEqualTo(before + 2);
    assertThat(again.entryIds()).hasSize(2);
    assertThat(AdjustmentFixture.spending(queries, budget, "30201")).isEqualTo(wan("6.31"));
    assertThat(AdjustmentFixture.spending(queries, budget, "30211")).isEqualTo(wan("2.00"));
  }

  @Test
  void aBadCsvFieldNamesTheLineAndTheColumnAndRecordsNothing() {
    long before = eventCount();
    String csv = AdjustmentFiles.validCsv().replace("GENERAL_BUDGET,,2.00", "GENERAL_BUDGET,,2.0x");
    assertThatThrownBy(() -> apply("adjust.csv", csv, false))
        .isInstanceOfSatisfying(
            AdjustmentFileException.class,
            e -> {
              assertThat(e.place().line()).isEqualTo(7);
              assertThat(e.field()).isEqualTo("amount");
              assertThat(e.getMessage()).startsWith("adjust.csv line 7, field amount:");
            });
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void restDryRunAnswersTheCellsAndRecordsNothing() throws Exception {
    long before = eventCount();
    mvc.perform(
            post("/api/budgets/" + budget + "/adjustments?dryRun=true")
                .contentType("application/json")
                .content(AdjustmentFiles.validJson()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recorded").value(false))
        .andExpect(jsonPath("$.entryIds.length()").value(5))
        .andExpect(
            jsonPath(
                    "$.changes[?(@.table == '预算03表' && @.rowKey == "
                        + "'2101501|50201|30211' && @.columnKey == 'basic')].afterFen")
                .value(1_000_000));
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void restRefusesAFileWithTheRuleAndThePlace() throws Exception {
    long before = eventCount();
    String file =
        "["
            + AdjustmentFiles.jsonEntry(
                "x1",
                "追加",
                "2026-03-01",
                AdjustmentFiles.general("1.00"),
                AdjustmentFiles.office("1.00"))
            + ",\n"
            + AdjustmentFiles.jsonEntry(
                "x2",
                "追减",
                "2026-03-02",
                AdjustmentFiles.general("-9.00"),
                AdjustmentFiles.office("-9.00"))
            + "]";
    mvc.perform(
            post("/api/budgets/" + budget + "/adjustments")
                .contentType("application/json")
                .content(file))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.rule").value("LINE_BELOW_ZERO"))
        .andExpect(jsonPath("$.entry").value(2))
        .andExpect(jsonPath("$.line").value(3));
    String csv =
        AdjustmentFiles.validCsv()
            .replace("201001,2101501,50201,30211", "201001,2101501,5020,30211");
    mvc.perform(
            post("/api/budgets/" + budget + "/adjustments")
                .contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.file").value("body.csv"))
        .andExpect(jsonPath("$.line").value(5))
        .andExpect(jsonPath("$.field").value("gov_economic"));
    assertThat(eventCount()).isEqualTo(before);
  }
}
