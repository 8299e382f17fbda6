package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.app.importer.pdf.PdfTable;

/**
 * Tables of money the family's profile does not title. A document of a known family may title a
 * table in words its profile lacks; the table is then not read, and its canonical table is taken as
 * not published. That must not pass unseen: a titled table whose header names at least two money
 * measures (一般公共预算拨款, 基本支出 …) and that no profile title matches is named with its page, so the
 * import report says what was left out.
 */
final class UnrecognisedTables {
  // header words that name codes, names or a total, not a measure of money of its own
  private static final Set<String> NOT_MONEY =
      Set.of(
          "total",
          "rowNumber",
          "unit",
          "unitCode",
          "functionCode",
          "functionName",
          "function",
          "functionClass",
          "functionSection",
          "functionItem",
          "govEconomic",
          "deptEconomic",
          SecondCode.CODE,
          SecondCode.NAME);

  // a column of classification codes: with a total, a table of money by code (金额 alone)
  private static final Set<String> CODES =
      Set.of("functionCode", "function", "functionClass", "govEconomic", "deptEconomic");

  private UnrecognisedTables() {}

  /** One remark per such table: {@code 第 12 页 “…”}. */
  static List<String> in(List<PdfTable> tables, LayoutProfile profile, MeasureVocabulary words) {
    List<String> remarks = new ArrayList<>();
    for (PdfTable table : tables) {
      if (table.title().isBlank() || profile.tableTitled(table.title()).isPresent()) {
        continue;
      }
      List<String> measures =
          table.columns().stream()
              .map(path -> words.measure(Arrays.asList(path.split("/"))).orElse(null))
              .filter(Objects::nonNull)
              .distinct()
              .toList();
      long money = measures.stream().filter(m -> !NOT_MONEY.contains(m)).count();
      boolean coded = measures.stream().anyMatch(CODES::contains);
      if (money >= 2 || coded && measures.contains("total")) {
        remarks.add(
            "第 "
                + table.firstPage()
                + " 页“"
                + table.title().strip()
                + "”：表题不是“"
                + profile.name()
                + "”的表，其表头有金额栏，未读取");
      }
    }
    return remarks;
  }
}
