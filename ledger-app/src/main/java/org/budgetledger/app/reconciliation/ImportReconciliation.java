package org.budgetledger.app.reconciliation;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.reconciliation.CellFinding;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reconciles a document right after it is imported and puts what fails into the import report
 * itself (导入成功，勾稽不一致 3 处): a typo in the published figures is seen at once, not when someone thinks
 * of running {@code reconcile}. Used by the CLI, REST and the 导入 page alike.
 */
@Service
public class ImportReconciliation {
  private static final Logger LOG = LoggerFactory.getLogger(ImportReconciliation.class);
  private final ReconciliationService reconciliation;

  public ImportReconciliation(ReconciliationService reconciliation) {
    this.reconciliation = reconciliation;
  }

  public ImportReport withFindings(ImportReport report) {
    if (report.status() != ImportReport.Status.IMPORTED) {
      return report;
    }
    try {
      List<String> failures = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      int undecided = 0;
      for (ReconciliationReport r :
          reconciliation.reconcileAsImported(BudgetId.parse(report.budgetId()))) {
        if (r.contentHash().equals(report.contentHash())) {
          failures.addAll(failures(r));
          undecided +=
              (int) r.publishedRules().stream().filter(ImportReconciliation::undecided).count();
          notes.addAll(FigureCoverage.notes(report.printedFigures(), r.comparison()));
        }
      }
      if (undecided != 0) {
        notes.add(
            "公开表勾稽关系 " + undecided + " 条无法判定：一方在公开表中全部为空（此项未列出或未能读出），不计为不一致；见 ./ledger reconcile");
      }
      return report.withReconciliation(failures, notes);
    } catch (RuntimeException e) {
      LOG.warn("Reconciliation after importing {} failed", report.fileName(), e);
      return report.withReconciliation(
          List.of(),
          List.of(
              "the document was imported, but"
                  + " reconciling it failed ("
                  + e.getMessage()
                  + "): run ./ledger reconcile"));
    }
  }

  /**
   * A published rule one side of which the document leaves wholly empty (a table, row or column it
   * does not print, or that was not read): a missing figure and a wrong one cannot be told apart,
   * so it is not counted as an inconsistency (the auditor's checks make it a WARN for the same
   * reason).
   */
  static boolean undecided(RuleCheck c) {
    return c.status() == RuleStatus.FAIL && (c.left().isZero() || c.right().isZero());
  }

  /** A rule's difference to the fen, in the unit the document prints its money in. */
  private static String inUnit(ReconciliationReport r, RuleCheck c) {
    return r.unit().exact(c.difference()) + " " + r.unit().label();
  }

  static List<String> failures(ReconciliationReport r) {
    List<String> out = new ArrayList<>();
    for (RuleCheck c : r.publishedRules()) {
      if (c.status() == RuleStatus.FAIL && !undecided(c)) {
        out.add("公开表勾稽关系 " + c.statement() + "：差额 " + inUnit(r, c));
      }
    }
    for (RuleCheck c : r.rebuiltRules()) {
      if (c.status() == RuleStatus.FAIL) {
        out.add("账本重建表勾稽关系 " + c.statement() + "：差额 " + inUnit(r, c));
      }
    }
    for (CellFinding f : r.comparison().findings(CellStatus.MISMATCH)) {
      out.add(
          f.tableNumber()
              + " "
              + f.rowLabel()
              + " / "
              + f.columnLabel()
              + "（第 "
              + f.lineNo()
              + " 行）公开 "
              + f.publishedText()
              + "，账本 "
              + f.rebuiltText());
    }
    return out;
  }
}
