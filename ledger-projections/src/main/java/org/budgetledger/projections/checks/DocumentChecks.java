package org.budgetledger.projections.checks;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.projections.reconciliation.ReconciliationRules;
import org.budgetledger.projections.reconciliation.RuleCheck;

/**
 * The checks an auditor runs on one published document (issue 12), family by family, on the tables
 * as printed and the narrative: no Spring, no SQL, nothing recorded. Every rule is written for any
 * document of a family, never for one document.
 */
public final class DocumentChecks {
  private final Catalogues catalogues;

  public DocumentChecks(Catalogues catalogues) {
    this.catalogues = catalogues;
  }

  public static DocumentChecks standard() {
    return new DocumentChecks(Catalogues.standard());
  }

  public CheckReport run(CheckedDocument document) {
    long started = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    List<RuleCheck> rules =
        PrintedLayouts.adapt(document.tables(), ReconciliationRules.check(document.tables()));
    List<Paragraph> paragraphs = Paragraph.of(document.text());
    HierarchyChecks.run(document, rules, findings);
    IdentityChecks.run(document, rules, paragraphs, findings);
    MisreadTables.mark(findings);
    MeetingsInThreePublic.mark(document, findings);
    TextChecks.run(document, paragraphs, catalogues, findings);
    ChangeChecks.run(document, paragraphs, findings);
    YearChecks.run(document, paragraphs, findings);
    CodeChecks.run(document, paragraphs, catalogues, findings);
    BasicKindChecks.run(document, findings);
    FormChecks.run(document, paragraphs, findings);
    findings.addAll(PriorYearChecks.summarised(PriorYearChecks.judge(document.printedChanges())));
    MappedTables.mark(document, findings);
    long micros = (System.nanoTime() - started) / 1_000;
    return new CheckReport(document.name(), document.year(), document.scope(), findings, micros);
  }
}
