package org.budgetledger.app.importer.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.core.catalogue.Classification;
import org.budgetledger.core.catalogue.Codes;

/**
 * Gives the rows of a table that prints classification names without codes (Hangzhou / Zhejiang's
 * function and economic tables, Shenzhen's 收支总表) their codes from the year's catalogue: 支出功能分类 类 /
 * 款 / 项, or 部门经济分类 类 / 款. Rows are read in order as a tree: a 类 name resolves among the 类, a 款 name
 * among the 款 of the 类 above it, a 项 among the 项 of the 款 above it. One name can sit at two levels
 * (其他一般公共服务支出 is a 款 and its 项, 行政运行 a 项 of many 款); every reading the tree allows is tried, and
 * the printed figures choose: a 类 is the sum of its 款 and a 款 of its 项, within half a printed unit
 * per rounded term. A name the year's catalogue does not know, a tree no reading fits, and readings
 * the figures cannot tell apart are problems naming the row.
 */
public final class CatalogueNameResolver {
  private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．])");
  // totals, balances and spending by use that share a name column with the lines: 合计, 本年支出合计,
  // 年终结转结余, 结转结余下年, 上缴上级支出 (a use of money, not a function) …
  private static final Pattern NOT_A_LINE =
      Pattern.compile("[合总小]计$|结转结余$|结转.*下年$|^(对附属单位补助|上缴上级|事业单位经营)支出$");

  private final Classification catalogue;
  private final int year;
  private final long toleranceFenPerTerm;

  /**
   * @param catalogue the classification the names belong to
   * @param year the document's fiscal year: names are those of that year
   * @param toleranceFenPerTerm half a printed unit in fen (0.005 万元 = 5,000 fen for 2 decimals)
   */
  public CatalogueNameResolver(Classification catalogue, int year, long toleranceFenPerTerm) {
    this.catalogue = catalogue;
    this.year = year;
    this.toleranceFenPerTerm = toleranceFenPerTerm;
  }

  public NameReading resolve(List<PrintedName> rows) {
    List<Line> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      PrintedName row = rows.get(i);
      String printed = Codes.normalisedName(row.name());
      boolean ordinal = ORDINAL.matcher(printed).find();
      String name = ORDINAL.matcher(printed).replaceFirst("");
      if (name.isEmpty() || NOT_A_LINE.matcher(name).find()) {
        continue;
      }
      if (catalogue.codesNamed(name, "", year).isEmpty()) {
        problems.add(
            row.place()
                + ": '"
                + name
                + "' 不是 "
                + year
                + " 年"
                + catalogue.title()
                + "的科目名称 (no such name)");
      }
      lines.add(new Line(i, name, ordinal, row));
    }
    List<Optional<String>> codes = new ArrayList<>();
    rows.forEach(r -> codes.add(Optional.empty()));
    if (!problems.isEmpty()) {
      return new NameReading(codes, problems);
    }
    Readings readings = new Readings(lines, catalogue, year, toleranceFenPerTerm);
    readings.search();
    Optional<String> failure = readings.failure();
    if (failure.isPresent()) {
      return new NameReading(codes, List.of(failure.get()));
    }
    String[] best = readings.best();
    for (int l = 0; l < lines.size(); l++) {
      codes.set(lines.get(l).row(), Optional.of(best[l]));
    }
    return new NameReading(codes, List.of());
  }

  /**
   * A row that names a line: its index among the table's rows, its name, whether it is numbered.
   */
  record Line(int row, String name, boolean ordinal, PrintedName printed) {}
}
