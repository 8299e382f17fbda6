package org.budgetledger.app.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/** The family frame comes from the stored text's cover lines, whoever wrote them. */
class ImportedFamilyLayoutsTest {
  static final BudgetId BUDGET = BudgetId.of(2026, "X1");

  ImportedFamilyLayouts layoutsOf(String text) {
    ImportedDocuments documents = mock(ImportedDocuments.class);
    when(documents.hashes(BUDGET)).thenReturn(List.of("h"));
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
}
