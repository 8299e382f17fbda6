package org.budgetledger.app.importer.pdfdocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.PrintedSum;

/**
 * A table printed by unit (预算单位): the profile names its unit column ({@code unit}); each unit's
 * rows follow a row naming the unit, the department's own row first. The canonical 支出总表 and the
 * 政府性基金 and 国有资本经营 支出表 hold one row per code for the department, so the rows a code has in several
 * units are added up, exactly, as printed (the 万元 figures summed as decimals, never rounded again);
 * the line keeps the place of the code's first row. A table without a unit column is left as
 * printed.
 */
final class UnitBlocks {
  private UnitBlocks() {}

  /** The rows to write, each with the rows of the same code in the other units. */
  static List<List<CodedRow>> byCode(PublishedGrid grid, List<CodedRow> rows, boolean perUnit) {
    if (perUnit || !grid.measures().contains("unit")) {
      return rows.stream().map(List::of).toList();
    }
    Map<String, List<CodedRow>> byCode = new LinkedHashMap<>();
    // a row printing a second classification (Yantai's 政府 code) is its own row under each pair
    rows.forEach(
        r -> byCode.computeIfAbsent(r.code() + "|" + r.paired(), c -> new ArrayList<>()).add(r));
    return List.copyOf(byCode.values());
  }

  /**
   * The printed figures of one column added up: one figure as printed; several as their sum written
   * term by term ({@link PrintedSum}: exact, and each rounded term counted), zeros left out (they
   * add neither money nor rounding that the comparison counts); none printed, empty; a column the
   * family does not print stays unprinted.
   */
  static String sum(List<String> printed) {
    if (printed.size() == 1 || printed.contains(PublishedAmount.NOT_PRINTED_TEXT)) {
      return printed.get(0);
    }
    List<String> terms = new ArrayList<>();
    String zero = "";
    for (String text : printed) {
      if (!text.isEmpty()) {
        String figure = text.replace(",", "").replace("，", "");
        if (new BigDecimal(figure).signum() == 0) {
          zero = figure;
        } else {
          terms.add(figure);
        }
      }
    }
    return terms.isEmpty() ? zero : PrintedSum.of(terms);
  }

  /**
   * The row of a coded table by unit that is the table's 合计: of the rows naming a unit without a
   * code, the only one, or the one whose figures are the sum of the others' (the department above
   * its units). Empty when the table has no unit column or no such row.
   */
  static Optional<List<PublishedCell>> departmentRow(PublishedGrid grid, int codeColumn) {
    int unit = grid.measures().indexOf("unit");
    if (unit < 0 || codeColumn < 0) {
      return Optional.empty();
    }
    List<List<PublishedCell>> named =
        grid.rows().stream()
            .filter(r -> !text(r, unit).isEmpty() && text(r, codeColumn).isEmpty())
            .filter(r -> r.stream().anyMatch(PublishedCell::isMoney))
            .toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : sumOfTheOthers(grid, named);
  }

  /**
   * The unit of each row of a table by unit, as the canonical text prints it ({@code code-name}):
   * the last row naming a unit above it (the department's own row where no unit row follows it).
   * The document prints names only, so the unit's code is derived from its name: the department's
   * code ({@link DocumentCodes#derivedDepartmentCode}), {@code U} and the first 6 hex digits of
   * SHA-256 of the unit's name, the same for the same name in every import. Empty when the table
   * has no unit column, its units print a code of their own, or the department is not known.
   */
  static Map<List<PublishedCell>, String> unitOfRows(PublishedGrid grid, String department) {
    int unit = grid.measures().indexOf("unit");
    if (unit < 0 || grid.measures().contains("unitCode") || department == null) {
      return Map.of();
    }
    Map<List<PublishedCell>, String> units = new java.util.IdentityHashMap<>();
    String current = null;
    for (List<PublishedCell> row : grid.rows()) {
      String name = text(row, unit);
      if (!name.isEmpty()) {
        current = unitCode(department, name) + "-" + name;
      }
      if (current != null) {
        units.put(row, current);
      }
    }
    return units;
  }

  static String unitCode(String department, String unitName) {
    return DocumentCodes.derivedDepartmentCode(department)
        + "U"
        + DocumentCodes.derivedDepartmentCode(unitName).substring(1);
  }

  private static String text(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column)
        .map(c -> c.text().replaceAll("\\s", ""))
        .findFirst()
        .orElse("");
  }

  /**
   * In a table by unit without a 合计 row, the row whose figures are each the sum of the other rows'
   * (the department above its units), when exactly one row is.
   */
  static Optional<List<PublishedCell>> sumOfTheOthers(
      PublishedGrid grid, List<List<PublishedCell>> rows) {
    if (!grid.measures().contains("unit") || rows.size() < 2) {
      return Optional.empty();
    }
    List<List<PublishedCell>> found = new ArrayList<>();
    for (List<PublishedCell> candidate : rows) {
      if (isSumOf(grid, candidate, rows)) {
        found.add(candidate);
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static boolean isSumOf(
      PublishedGrid grid, List<PublishedCell> candidate, List<List<PublishedCell>> rows) {
    boolean any = false;
    for (PublishedCell cell : candidate) {
      if (!cell.isMoney()) {
        continue;
      }
      long others = 0;
      int terms = 1;
      for (List<PublishedCell> row : rows) {
        if (row != candidate) {
          long amount = amountAt(row, cell.column());
          others += amount;
          terms += amount == 0 ? 0 : 1;
        }
      }
      // rounded figures (万元, 2 decimals) may each be half a printed unit off; 元 is exact
      if (Math.abs(others - cell.amount().value()) > terms * halfUnit(grid, cell)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Half the last printed digit of the cell, in fen (0 for a figure printed to the fen). */
  private static long halfUnit(PublishedGrid grid, PublishedCell cell) {
    return grid.unit().parse(BigDecimal.ONE.movePointLeft(cell.decimals()).toPlainString()).value()
        / 2;
  }

  private static long amountAt(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column && c.isMoney())
        .map(PublishedCell::amount)
        .mapToLong(Fen::value)
        .sum();
  }
}
