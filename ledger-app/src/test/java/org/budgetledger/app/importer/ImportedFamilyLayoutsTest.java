package org.budgetledger.app.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/** The family frame comes from the stored text's cover lines, whoever wrote them. */
class ImportedFamilyLayoutsTest {
  static final BudgetId BUDGET = BudgetId.of(2026, "X1");

  ImportedDocuments documents = mock(ImportedDocuments.class);

  ImportedFamilyLayouts layoutsOf(String text) {
    when(documents.of(BUDGET))
        .thenReturn(List.of(new ImportedDocument("h", "x.txt", text, Instant.EPOCH)));
    return new ImportedFamilyLayouts(documents);
  }

  @Test
  void aFamilyNamedInTheCoverFramesItsTablesWithTheirPrintedTitles() {
    var layout = layoutsOf("版式：shanghai9\n表题：THREE_PUBLIC_EXPENSES\t2026年单位“三公”经费预算表\n").of(BUDGET);

    assertThat(layout).isPresent();
    var frame = layout.get().frames().get(TableKind.THREE_PUBLIC_EXPENSES);
    assertThat(frame.title()).isEqualTo("2026年单位“三公”经费预算表");
    assertThat(frame.number()).isEqualTo("表9");
    assertThat(frame.inYuan()).isFalse(); // the Shanghai 三公 table is in 万元
    assertThat(layout.get().frames().get(TableKind.INCOME_SUMMARY).inYuan()).isTrue();
  }

  @Test
  void aCoverLineNamingNoKnownTableOrFamilyFramesNothingAndThrowsNothing() {
    // a text file may carry any cover line: it must not break every later page of its budget
    var layout = layoutsOf("版式：shanghai9\n表题：NOT_A_TABLE\tx\n表题：\n").of(BUDGET);
    assertThat(layout).isPresent();
    assertThat(layout.get().frames().get(TableKind.INCOME_SUMMARY).title()).isNotEqualTo("x");

    assertThat(layoutsOf("版式：no-such-family\n").of(BUDGET)).isEmpty();
  }

  @Test
  void thePrintedNumberDecimalsAndHeadersFrameTheTable() {
    var layout =
        layoutsOf(
                "版式：jiangsu\n表题：INCOME_SUMMARY\t收入总表\t公开02表\t1\tGENERAL_BUDGET=一般公共预算\n"
                    + "表题：EXPENDITURE_SUMMARY\t支出总表\t\tx\ttotal=\t=合计\n")
            .of(BUDGET)
            .orElseThrow();

    var income = layout.frames().get(TableKind.INCOME_SUMMARY);
    assertThat(income.number()).isEqualTo("公开02表");
    assertThat(income.numeral()).isEqualTo("02");
    assertThat(income.decimals()).isEqualTo(1);
    assertThat(income.headers()).containsExactly(java.util.Map.entry("GENERAL_BUDGET", "一般公共预算"));
    // no printed number: 表 and the profile's; a malformed line keeps the profile's
    var spending = layout.frames().get(TableKind.EXPENDITURE_SUMMARY);
    assertThat(spending.number()).isEqualTo("表03");
    assertThat(spending.decimals()).isEqualTo(2);
    assertThat(spending.headers()).isEmpty();
    // the family's numbering: 02, 2 and 公开02表 name it; a table it does not publish is none
    assertThat(layout.numbered("2")).contains(TableKind.INCOME_SUMMARY);
    assertThat(layout.numbered("公开02表")).contains(TableKind.INCOME_SUMMARY);
    assertThat(layout.publishes(TableKind.PURCHASED_SERVICES)).isFalse();
  }

  @Test
  void theFrameIsReadOnceUntilAnImportCommits() {
    ImportedFamilyLayouts layouts = layoutsOf("版式：shanghai9\n");
    when(documents.generation(BUDGET)).thenReturn(0L);
    layouts.of(BUDGET);
    layouts.of(BUDGET);
    verify(documents, times(1)).of(BUDGET);

    when(documents.generation(BUDGET)).thenReturn(1L);
    layouts.of(BUDGET);
    verify(documents, times(2)).of(BUDGET);
    verify(documents, never()).hashes(BUDGET);
  }
}
