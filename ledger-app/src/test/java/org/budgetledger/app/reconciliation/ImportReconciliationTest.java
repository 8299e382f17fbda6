package org.budgetledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.junit.jupiter.api.Test;

/** The import report's 勾稽不一致 lines print a rule's difference as the document prints money. */
class ImportReconciliationTest {
  private static final String RULE = "收支总表 本年收入合计 = 各项收入之和";

  @Test
  void aDocumentInYuanHasItsDifferenceInYuan() {
    assertThat(ImportReconciliation.failures(report(MoneyUnit.YUAN)))
        .containsExactly("公开表勾稽关系 " + RULE + "：差额 -30,890,000.00 元");
  }

  @Test
  void aDocumentInWanYuanHasItsDifferenceInWanYuan() {
    assertThat(ImportReconciliation.failures(report(MoneyUnit.WAN_YUAN)))
        .containsExactly("公开表勾稽关系 " + RULE + "：差额 -3,089.000000 万元");
  }

  private static ReconciliationReport report(MoneyUnit unit) {
    Fen left = Fen.of(328_082_502_974L);
    Fen right = Fen.of(331_171_502_974L);
    RuleCheck failed =
        new RuleCheck(
            1,
            RULE,
            RuleStatus.FAIL,
            left,
            right,
            left.minus(right),
            0,
            0,
            List.of(),
            List.of(),
            "");
    return new ReconciliationReport(
        "2026-X08F7F0",
        "a.pdf",
        "hash",
        DisclosureFormat.values()[0],
        2,
        "as imported",
        new CellComparisonResult(List.of(), List.of()),
        List.of(failed),
        List.of(),
        unit);
  }
}
