package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ExpenditureSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.SummaryItem;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FunctionClass;
import org.budgetledger.core.model.FunctionClasses;

/**
 * Finds money a document's totals include but whose detail rows its text lacks: the 支出总表 合计 minus
 * its rows, beyond what rounding explains, placed in the 类 where 收支总表 exceeds the rows. Such money
 * becomes gap cells (类 level, no economic codes) that the report names; it is never spread over
 * invented rows.
 */
final class GapFinder {
  private GapFinder() {}

  /** A gap in one 类 and kind; {@code amountFen} is what the published figures say is missing. */
  record Gap(String classCode, ExpenditureKind kind, long basicOrProjectGapFen, long classGapFen) {}

  static List<Gap> gaps(DisclosureDocument doc) {
    List<ExpenditureSummaryRow> rows = doc.expenditureSummary().rows();
    ExpenditureSummaryRow total = doc.expenditureSummary().total();
    if (LineRows.fromFunctionTables(doc)) {
      // no row of 支出总表 is a line: its totals are margins over the tables by function
      return new ArrayList<>();
    }
    long tolerance = rows.size() * halfUnit(doc.header().decimals());
    long basicGap = fen(total == null ? null : total.basic()) - sum(rows, true);
    long projectGap = fen(total == null ? null : total.project()) - sum(rows, false);
    List<Gap> gaps = new ArrayList<>();
    if (Math.abs(basicGap) <= tolerance && Math.abs(projectGap) <= tolerance) {
      return gaps;
    }
    for (Map.Entry<String, Long> c : classGaps(doc, tolerance).entrySet()) {
      if (Math.abs(projectGap) > tolerance) {
        gaps.add(new Gap(c.getKey(), ExpenditureKind.PROJECT, projectGap, c.getValue()));
      }
      if (Math.abs(basicGap) > tolerance) {
        gaps.add(new Gap(c.getKey(), ExpenditureKind.BASIC_PERSONNEL, basicGap, c.getValue()));
        gaps.add(new Gap(c.getKey(), ExpenditureKind.BASIC_PUBLIC, basicGap, c.getValue()));
      }
    }
    return gaps;
  }

  private static Map<String, Long> classGaps(DisclosureDocument doc, long tolerance) {
    Map<String, Long> gaps = new LinkedHashMap<>();
    if (doc.incomeExpenditureSummary() == null) {
      return gaps;
    }
    for (SummaryItem item : doc.incomeExpenditureSummary().spendingByClass()) {
      String code = classCode(item.label());
      if (code == null) {
        continue;
      }
      long rows =
          doc.expenditureSummary().rows().stream()
              .filter(r -> r.function().code().startsWith(code))
              .mapToLong(r -> fen(r.total()))
              .sum();
      long gap = fen(item.amount()) - rows;
      if (Math.abs(gap) > tolerance) {
        gaps.put(code, gap);
      }
    }
    return gaps;
  }

  static String classCode(String label) {
    String name = label.replaceAll("\\s", "");
    return FunctionClasses.all().stream()
        .filter(c -> c.name().equals(name))
        .map(FunctionClass::code)
        .findFirst()
        .orElse(null);
  }

  private static long sum(List<ExpenditureSummaryRow> rows, boolean basic) {
    return rows.stream().mapToLong(r -> fen(basic ? r.basic() : r.project())).sum();
  }

  static long fen(PublishedAmount amount) {
    return amount == null ? 0 : amount.value().value();
  }

  static long halfUnit(int decimals) {
    return decimals >= 6 ? 0 : Fen.displayUnitFen(decimals) / 2;
  }
}
