package org.budgetledger.app.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.core.model.Origin;
import org.junit.jupiter.api.Test;

/** Reading adjustment files: both formats give the same commands; errors name file, line, field. */
class AdjustmentFileTest {
  static final BudgetId BUDGET = BudgetId.of(2026, "201");

  static List<AdjustmentEntry> read(String name, String text) {
    return AdjustmentFile.read(
        name,
        text.getBytes(StandardCharsets.UTF_8),
        BUDGET,
        AdjustmentFixture.ACTOR,
        MoneyUnit.WAN_YUAN);
  }

  @Test
  void csvAndJsonGiveTheSameCommands() {
    List<AdjustmentEntry> json = read("a.json", AdjustmentFiles.validJson());
    List<AdjustmentEntry> csv = read("a.csv", AdjustmentFiles.validCsv());
    assertThat(csv)
        .extracting(AdjustmentEntry::command)
        .isEqualTo(json.stream().map(AdjustmentEntry::command).toList());
    assertThat(json)
        .extracting(
            e -> e instanceof AdjustmentEntry.Recorded r ? r.command().type() : EntryType.REVERSAL)
        .containsExactly(
            EntryType.SUPPLEMENT,
            EntryType.REALLOCATION,
            EntryType.CARRY_OVER,
            EntryType.REDUCTION,
            EntryType.REVERSAL);
    assertThat(recorded(json.get(2)).incomeLegs().get(0).key().origin())
        .isEqualTo(Origin.CARRY_OVER);
    assertThat(recorded(json.get(1)).spendingLegs().get(0).amount()).isEqualTo(Fen.of(-1_000_000));
  }

  @Test
  void aReversalNamesAnEntryOfTheSameFileByItsRequestId() {
    List<AdjustmentEntry> entries = read("a.json", AdjustmentFiles.validJson());
    assertThat(entries.get(4))
        .isInstanceOfSatisfying(
            AdjustmentEntry.Reversal.class,
            r -> assertThat(r.command().reversedEntryId()).isEqualTo(entries.get(0).entryId()));
    assertThat(csvPlaces()).containsExactly(2, 4, 6, 8, 10);
  }

  private static RecordEntryCommand recorded(AdjustmentEntry entry) {
    assertThat(entry).isInstanceOf(AdjustmentEntry.Recorded.class);
    return ((AdjustmentEntry.Recorded) entry).command();
  }

  private List<Integer> csvPlaces() {
    return read("a.csv", AdjustmentFiles.validCsv()).stream().map(e -> e.place().line()).toList();
  }

  @Test
  void aBadJsonFieldNamesTheEntryItsLineAndThePath() {
    String json =
        AdjustmentFiles.validJson()
            .replace("\"amount\":\"2.00\"}]}", "\"amount\":\"2.0000001\"}]}");
    assertThatThrownBy(() -> read("a.json", json))
        .isInstanceOfSatisfying(
            AdjustmentFileException.class,
            e -> {
              assertThat(e.place()).isEqualTo(new FilePlace("a.json", 6, 3));
              assertThat(e.field()).isEqualTo("spendingLegs[0].amount");
              assertThat(e.getMessage())
                  .startsWith("a.json entry 3 (line 6), field spendingLegs[0].amount:");
            });
  }

  @Test
  void aMisspeltJsonPropertyIsAnError() {
    String json = AdjustmentFiles.validJson().replace("\"reason\"", "\"reasn\"");
    assertThatThrownBy(() -> read("a.json", json))
        .isInstanceOfSatisfying(
            AdjustmentFileException.class,
            e -> {
              assertThat(e.place().entry()).isEqualTo(1);
              assertThat(e.field()).isEqualTo("reasn");
            });
  }

  @Test
  void aBadCsvCodeNamesTheLineAndTheColumn() {
    String csv = AdjustmentFiles.validCsv().replace("2101501,50201,30211", "2101501,50201,3021");
    assertThatThrownBy(() -> read("a.csv", csv))
        .isInstanceOfSatisfying(
            AdjustmentFileException.class,
            e -> {
              assertThat(e.place().line()).isEqualTo(5);
              assertThat(e.field()).isEqualTo("dept_economic");
            });
  }

  @Test
  void anEntryColumnThatDiffersWithinAnEntryIsAnError() {
    String csv =
        AdjustmentFiles.validCsv()
            .replace(
                "r2,调剂,2026-04-01,关于调整2026年部门预算的批复,"
                    + "东财预〔2026〕18号,测试,,支出,201001,2101501,50201,30211",
                "r2,调剂,2026-04-02,关于调整2026年部门预算的批复,东财预〔2026〕18号,测试,,支出,201001,"
                    + "2101501,50201,30211");
    assertThatThrownBy(() -> read("a.csv", csv))
        .isInstanceOfSatisfying(
            AdjustmentFileException.class,
            e -> {
              assertThat(e.place().line()).isEqualTo(5);
              assertThat(e.field()).isEqualTo("effective_date");
            });
  }

  @Test
  void anUnknownCsvColumnIsNamed() {
    String csv = AdjustmentFiles.validCsv().replace("fund_source", "fund");
    assertThatThrownBy(() -> read("a.csv", csv))
        .isInstanceOfSatisfying(
            AdjustmentFileException.class,
            e -> {
              assertThat(e.place().line()).isEqualTo(1);
              assertThat(e.field()).isEqualTo("fund");
            });
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    byte[] gbk = {(byte) 0xD7, (byte) 0xB7, (byte) 0xBC, (byte) 0xD3}; // 追加 in GBK
    assertThatThrownBy(
            () ->
                AdjustmentFile.read(
                    "a.csv", gbk, BUDGET, AdjustmentFixture.ACTOR, MoneyUnit.WAN_YUAN))
        .isInstanceOf(AdjustmentFileException.class)
        .hasMessageContaining("not UTF-8");
  }
}
