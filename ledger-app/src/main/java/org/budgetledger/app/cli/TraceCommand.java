package org.budgetledger.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.inquiry.provenance.CellProvenance;
import org.budgetledger.app.inquiry.provenance.CellTrace;
import org.budgetledger.app.inquiry.provenance.TracedLeg;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./ledger trace DEPT YEAR TABLE ROW COLUMN}: every leg behind a cell. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = "Every ledger leg behind one cell; the legs sum exactly to the cell.")
public class TraceCommand extends InquiryCommand {
  @Parameters(index = "2", paramLabel = "TABLE")
  String table;

  @Parameters(index = "3", paramLabel = "ROW", description = "Row key, e.g. 2101501|50201|30201")
  String row;

  @Parameters(index = "4", paramLabel = "COLUMN", description = "Column key, e.g. total")
  String column;

  @Mixin PointInTimeOptions at;

  private final CellTrace trace;

  public TraceCommand(CellTrace trace, JsonMapper mapper, ProjectionFreshness freshness) {
    super(mapper, freshness);
    this.trace = trace;
  }

  @Override
  void run(PrintWriter out) {
    CellProvenance p = trace.trace(budget(), table, row, column, at.at());
    if (json) {
      printJson(out, p);
      return;
    }
    MoneyUnit unit = p.cell().unit();
    out.println(
        p.cell().tableNumber()
            + " "
            + p.cell().tableTitle()
            + "  row "
            + row
            + "  column "
            + column
            + "  ("
            + p.cell().at()
            + ")");
    out.println(
        "cell: "
            + (p.display().isEmpty() ? "(empty)" : p.display())
            + (p.amountFen() == null ? "" : " " + unit.label() + " = " + p.amountFen() + " 分")
            + "; source: "
            + p.source()
            + " ("
            + p.explanation()
            + ")");
    if (!p.legs().isEmpty()) {
      out.println(
          "legs: "
              + p.legs().size()
              + ", sum "
              + p.legs().stream().mapToLong(TracedLeg::amountFen).sum()
              + " 分 = the cell");
      TextGrid.print(
          out,
          List.of(
              "entry",
              "type",
              unit.label(),
              "effective",
              "recorded",
              "actor",
              "basis",
              "文号",
              "reason",
              "derived by"),
          p.legs().stream()
              .map(
                  l ->
                      List.of(
                          l.entryId(),
                          l.typeName(),
                          unit.exact(l.amountFen()),
                          l.effectiveDate().toString(),
                          l.recordedAt().toString(),
                          text(l.actor()),
                          text(l.basisDocument()),
                          text(l.basisNumber()),
                          text(l.reason()),
                          text(l.derivationRule())))
              .toList(),
          Set.of(2));
    }
    p.tags()
        .forEach(
            t ->
                out.println(
                    "tag "
                        + String.join(" / ", t.path())
                        + "  "
                        + t.serviceArea()
                        + "  "
                        + unit.exact(t.amountFen())
                        + " "
                        + unit.label()));
  }

  static String text(String s) {
    return s == null ? "" : s;
  }
}
