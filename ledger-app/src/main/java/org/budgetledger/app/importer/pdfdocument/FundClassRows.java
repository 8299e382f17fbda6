package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.codes.NameReading;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.ProfileTable;
import org.budgetledger.core.catalogue.Catalogues;

/**
 * The 类 rows of a fund table printed as a 收支表 (Xi'an's 政府性基金收支表: income, spending by 类 name, by
 * use, by economic class, side by side, no codes). The column whose header the profile's {@code
 * classes} row pattern matches (支出功能分类科目（按大类）), in the header or in a header row printed among the
 * body rows, lists the 类 by name, each with its figure in the column to its right. A name is read
 * among the 类 of the document's year's catalogue: a name that is no 类 that year is a problem naming
 * its row, for a figure that cannot be keyed would be a guess.
 */
final class FundClassRows {
  /** The profile's row key naming the header of the 类 column. */
  static final String CLASSES = "classes";

  private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．])");
  // the block's 本年支出合计 shares the column with the 类: a total, not a 类
  private static final Pattern TOTAL = Pattern.compile("[合总小]计$");

  /** One printed 类 row: its grid row, name as printed (ordinal off) and the figure's text. */
  record ClassRow(int row, String name, String figure, List<PublishedCell> cells) {}

  private FundClassRows() {}

  /** The pattern the profile gives this table's 类 column header; empty when it names none. */
  static Optional<Pattern> header(PublishedGrid grid, LayoutProfile profile) {
    return profile.tableTitled(grid.title()).map(ProfileTable::rows).map(rows -> rows.get(CLASSES));
  }

  /** The 类 rows in the order printed; empty when no column's header matches. */
  static List<ClassRow> rows(PublishedGrid grid, Pattern header) {
    int column = -1;
    int first = 0;
    for (int c = 0; c < grid.headers().size() && column < 0; c++) {
      if (matches(header, grid.headers().get(c))) {
        column = c;
      }
    }
    for (int r = 0; r < grid.rows().size() && column < 0; r++) {
      for (PublishedCell cell : grid.rows().get(r)) {
        if (!cell.isMoney() && matches(header, cell.text())) {
          column = cell.column();
          first = r + 1;
          break;
        }
      }
    }
    List<ClassRow> rows = new ArrayList<>();
    for (int r = first; column >= 0 && r < grid.rows().size(); r++) {
      List<PublishedCell> cells = grid.rows().get(r);
      String name = name(text(cells, column));
      if (name.isEmpty() || TOTAL.matcher(name).find()) {
        continue;
      }
      rows.add(new ClassRow(r, name, figure(cells, column + 1), cells));
    }
    return rows;
  }

  /** Each grid row's 类 code (empty off the 类 rows), and a problem per name that is no 类. */
  static NameReading resolve(PublishedGrid grid, Pattern header, int year) {
    List<Optional<String>> codes = new ArrayList<>();
    grid.rows().forEach(r -> codes.add(Optional.empty()));
    List<String> problems = new ArrayList<>();
    for (ClassRow row : rows(grid, header)) {
      List<String> named =
          Catalogues.standard().function().codesNamed(row.name(), "", year).stream()
              .filter(code -> code.length() == 3)
              .toList();
      if (named.size() == 1) {
        codes.set(row.row(), Optional.of(named.get(0)));
      } else {
        PublishedCell at = row.cells().get(0);
        problems.add(
            "第 "
                + at.page()
                + " 页 "
                + grid.title()
                + " 第 "
                + at.row()
                + " 行: '"
                + row.name()
                + "' 不是 "
                + year
                + " 年支出功能分类的一个类 (no 类 of that year's catalogue)");
      }
    }
    return new NameReading(codes, problems);
  }

  private static boolean matches(Pattern header, String text) {
    return text != null && header.matcher(text.replaceAll("\\s", "")).find();
  }

  private static String name(String printed) {
    return ORDINAL.matcher(printed.replaceAll("\\s", "")).replaceFirst("");
  }

  private static String text(List<PublishedCell> cells, int column) {
    return cells.stream()
        .filter(c -> c.column() == column && !c.isMoney())
        .findFirst()
        .map(PublishedCell::text)
        .orElse("");
  }

  /** The figure right of the name as printed; blank when the cell is (an empty cell is zero). */
  private static String figure(List<PublishedCell> cells, int column) {
    return cells.stream()
        .filter(c -> c.column() == column && c.isMoney())
        .findFirst()
        .map(c -> c.text().replaceAll("\\s", ""))
        .orElse("");
  }
}
