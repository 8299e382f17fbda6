package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.app.importer.codes.BracketedCode;
import org.budgetledger.app.importer.codes.CatalogueNameResolver;
import org.budgetledger.app.importer.codes.NameReading;
import org.budgetledger.app.importer.codes.PrintedName;
import org.budgetledger.app.importer.layout.CodePrinting;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;

/**
 * The function codes of a published table whose name column carries them as {@code [2060503]name}
 * or not at all: bracketed codes as printed, names alone resolved in the year's catalogue. The
 * names are in the table's last name column (a 收支总表 lists income on the left and spending on the
 * right, both under 项目), the figures those to its right.
 */
public final class PublishedNames {
  private static final Set<String> FUNCTION_NAMES = Set.of("functionName", "function");
  private static final Set<String> ECONOMIC_NAMES = Set.of("deptEconomic");

  private PublishedNames() {}

  /** The code of each row as the table prints it; names only resolved, bracketed codes parsed. */
  public static NameReading codes(PublishedGrid grid, CodePrinting printing, int year) {
    return switch (printing) {
      case NAMES_ONLY -> resolve(grid, year);
      case BRACKETED -> bracketed(grid);
      default -> throw new IllegalArgumentException(printing + " codes are read from their cells");
    };
  }

  private static NameReading bracketed(PublishedGrid grid) {
    List<Optional<String>> codes = new ArrayList<>();
    for (PrintedName row : rows(grid)) {
      codes.add(BracketedCode.parse(row.name()).map(BracketedCode::code));
    }
    return new NameReading(codes, List.of());
  }

  /** The function codes of a table printing 支出功能分类 names alone. */
  public static NameReading resolve(PublishedGrid grid, int year) {
    long tolerance = halfUnitFen(grid);
    return new CatalogueNameResolver(Catalogues.standard().function(), year, tolerance)
        .resolve(rows(grid));
  }

  /** The 部门经济分类 codes of a table printing its economic names alone (Hangzhou's 基本支出表). */
  public static NameReading resolveEconomic(PublishedGrid grid, int year) {
    long tolerance = halfUnitFen(grid);
    return new CatalogueNameResolver(Catalogues.standard().departmentEconomic(), year, tolerance)
        .resolve(rows(grid, ECONOMIC_NAMES));
  }

  /** The rows as printed function names with their figures; empty without a name column. */
  public static List<PrintedName> rows(PublishedGrid grid) {
    return rows(grid, FUNCTION_NAMES);
  }

  static List<PrintedName> rows(PublishedGrid grid, Set<String> nameMeasures) {
    int nameColumn = -1;
    for (int c = 0; c < grid.measures().size(); c++) {
      String measure = grid.measures().get(c);
      if (measure != null && nameMeasures.contains(measure)) {
        nameColumn = c;
      }
    }
    List<PrintedName> names = new ArrayList<>();
    if (nameColumn < 0) {
      return names;
    }
    for (List<PublishedCell> row : grid.rows()) {
      String name = "";
      List<Fen> figures = new ArrayList<>();
      int page = row.isEmpty() ? 0 : row.get(0).page();
      int rowNo = row.isEmpty() ? 0 : row.get(0).row();
      for (PublishedCell cell : row) {
        if (cell.column() == nameColumn) {
          name = cell.text();
        } else if (cell.column() > nameColumn) {
          figures.add(cell.amount());
        }
      }
      names.add(
          new PrintedName(
              "第 " + page + " 页 " + grid.title() + " 第 " + rowNo + " 行", name, figures));
    }
    return names;
  }

  private static long halfUnitFen(PublishedGrid grid) {
    int decimals =
        grid.rows().stream()
            .flatMap(List::stream)
            .filter(PublishedCell::isMoney)
            .mapToInt(PublishedCell::decimals)
            .max()
            .orElse(2);
    long unitFen = grid.unit() == MoneyUnit.WAN_YUAN ? Fen.FEN_PER_WAN : Fen.FEN_PER_YUAN;
    long printedUnit = unitFen;
    for (int d = 0; d < decimals && printedUnit > 1; d++) {
      printedUnit /= 10;
    }
    return Math.max(printedUnit / 2, 0);
  }
}
