package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.Derivation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.Origin;

/**
 * The part of a 一般公共预算 leg a 收入总表 earmarks (其中：专项资金列入部门预算的项目 beside its 小计), at the grain the
 * income is recorded: each unit where the table lists units, else the department's 合计. The leg
 * splits into the earmarked part as printed and the rest, same source, same total; a part larger
 * than the income it is part of is refused with its place, never trimmed.
 */
final class IncomeEarmarks {
  private static final IncomeColumn COLUMN = IncomeColumn.GENERAL_BUDGET_SPECIAL_FUNDS;

  private IncomeEarmarks() {}

  static List<IncomeLeg> split(DisclosureDocument doc, String department, List<IncomeLeg> legs) {
    Map<String, IncomeSummaryRow> rows = new LinkedHashMap<>();
    List<IncomeSummaryRow> units = DocumentFunds.unitRows(doc, department);
    if (units.isEmpty()) {
      IncomeSummaryRow row = DocumentFunds.departmentRow(doc, department);
      if (row != null) {
        rows.put(DocumentCodes.departmentIncomeUnitCode(department), row);
      }
    } else {
      units.forEach(r -> rows.put(r.code(), r));
    }
    List<IncomeLeg> out = new ArrayList<>(legs);
    rows.forEach((unit, row) -> splitUnit(doc, unit, row, out));
    return out;
  }

  private static void splitUnit(
      DisclosureDocument doc, String unit, IncomeSummaryRow row, List<IncomeLeg> legs) {
    PublishedAmount part = row.amount(COLUMN);
    long fen = part == null ? 0 : part.value().value();
    if (fen == 0) {
      return;
    }
    int at = -1;
    for (int i = 0; i < legs.size(); i++) {
      IncomeLeg leg = legs.get(i);
      if (leg.key().unit().value().equals(unit)
          && leg.key().fundSource() == FundSource.GENERAL_BUDGET
          && leg.key().origin() == Origin.CURRENT_YEAR
          && leg.earmark() == null) {
        at = i;
      }
    }
    long whole = at < 0 ? 0 : legs.get(at).amount().value();
    if (fen < 0 || fen > whole) {
      throw new ImportRejectedException(
          new ImportProblem(
              doc.header().fileName(),
              row.lineNo(),
              "收入总表/" + COLUMN.chinese(),
              ProblemKind.EARMARK_EXCEEDS_SOURCE,
              part.text(),
              MoneyText.of(doc, whole)));
    }
    IncomeLeg leg = legs.remove(at);
    legs.add(
        at,
        new IncomeLeg(
            leg.key(),
            Fen.of(fen),
            new Derivation(
                "EARMARKED_AS_PRINTED",
                "收入总表 prints "
                    + part.text()
                    + " in 其中：专项资金列入部门预算的项目 beside 一般公共预算: that part of it is earmarked"),
            IncomeEarmark.SPECIAL_FUNDS));
    if (fen < whole) {
      legs.add(at + 1, new IncomeLeg(leg.key(), Fen.of(whole - fen), leg.derivation()));
    }
  }
}
