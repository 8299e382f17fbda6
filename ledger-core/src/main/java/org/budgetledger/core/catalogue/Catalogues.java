package org.budgetledger.core.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The three classification catalogues, loaded once from the versioned data under {@code catalogue/}
 * on the classpath: {@code function.tsv} (支出功能分类), {@code department-economic.tsv} (部门支出经济分类),
 * {@code government-economic.tsv} (政府支出经济分类). Each line: code, name, first year, last year (empty:
 * open), note; {@code #} starts a comment.
 */
public record Catalogues(
    Classification function, Classification departmentEconomic, Classification governmentEconomic) {

  private static final Catalogues STANDARD =
      new Catalogues(
          load("function.tsv", "支出功能分类"),
          load("department-economic.tsv", "部门支出经济分类"),
          load("government-economic.tsv", "政府支出经济分类"));

  /** The catalogues shipped with the ledger. */
  public static Catalogues standard() {
    return STANDARD;
  }

  static Classification load(String file, String title) {
    String path = "/catalogue/" + file;
    try (InputStream in = Catalogues.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("catalogue " + path + " is missing from the classpath");
      }
      return new Classification(
          title,
          parse(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException("catalogue " + path + " cannot be read", e);
    }
  }

  private static List<CatalogueEntry> parse(String path, BufferedReader reader) throws IOException {
    List<CatalogueEntry> entries = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 2 || !cells[0].matches("\\d{3}(\\d{2}){0,2}") || cells[1].isBlank()) {
        throw new IllegalStateException(
            path + ":" + lineNo + " is not 'code<TAB>name[<TAB>from<TAB>to<TAB>note]': " + line);
      }
      entries.add(
          new CatalogueEntry(
              cells[0],
              cells[1].strip(),
              year(cells, 2),
              year(cells, 3),
              cells.length > 4 ? cells[4] : ""));
    }
    return entries;
  }

  private static int year(String[] cells, int index) {
    return cells.length > index && !cells[index].isBlank() ? Integer.parseInt(cells[index]) : 0;
  }
}
