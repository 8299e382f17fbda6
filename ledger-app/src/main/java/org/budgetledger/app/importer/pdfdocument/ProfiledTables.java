package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.app.importer.layout.ProfileTable;
import org.budgetledger.app.importer.layout.UnitLabel;
import org.budgetledger.app.importer.pdf.PdfRow;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.core.model.InvalidAmountException;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;

/**
 * Reads the tables of a PDF through its family's profile into {@link PublishedGrid}s: every table
 * its profile titles, joined with an untitled table on the next page (its continuation), each
 * column's header path mapped to its canonical measure, each figure parsed to exact fen in the
 * table's own unit with its printed decimals. A cell that looks like a figure and is not one
 * ({@code 4O4.14}, three decimals of 元) is a problem naming page, table, row and column.
 */
public final class ProfiledTables {
  private static final Pattern FIGURE = Pattern.compile("^-?[\\d,，]*\\d(\\.\\d+)?$");
  private static final Pattern EMPTY = Pattern.compile("^(-|—|－|/)?$");
  private static final Pattern LOOKS_LIKE_FIGURE = Pattern.compile("^-?[\\dOo,，.]+$");

  // columns of codes and names: 类/款/项 parts and 7-digit codes there are not amounts, nor a
  // unit's code or a printed row number (序号 1, 2, …), which a profile names as such
  private static final java.util.Set<String> CODE_MEASURES =
      java.util.Set.of(
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

  private ProfiledTables() {}

  public record Result(List<PublishedGrid> tables, List<CellProblem> problems) {}

  /**
   * A cell that looks like a figure and is not one, with its page, table, row and column; or a
   * table whose unit label names a unit the ledger does not read (千元), row and column 0.
   */
  public record CellProblem(
      int page,
      String table,
      int row,
      int column,
      String text,
      String unit,
      String english,
      ProblemKind kind) {
    CellProblem(
        int page, String table, int row, int column, String text, String unit, String english) {
      this(page, table, row, column, text, unit, english, ProblemKind.AMOUNT_UNREADABLE);
    }

    @Override
    public String toString() {
      return "第 " + page + " 页 " + table + " 第 " + row + " 行 第 " + column + " 列: " + english;
    }
  }

  public static Result read(
      List<PdfTable> pdfTables, LayoutProfile profile, MeasureVocabulary vocabulary) {
    List<PublishedGrid> grids = new ArrayList<>();
    List<CellProblem> problems = new ArrayList<>();
    ProfileTable current = null;
    Builder builder = null;
    int lastPage = -1;
    for (PdfTable table : pdfTables) {
      var titled = profile.tableTitled(table.title());
      boolean nextPage = builder != null && table.firstPage() == lastPage + 1;
      if (titled.isPresent()
          && nextPage
          && titled.get() == current
          && table.columns().equals(builder.headers)
          && table.rows().stream().noneMatch(ProfiledTables::isTotalRow)) {
        // the same title and header printed again on the next page, without a 合计 of its own (a
        // 续表 that repeats its title): the table continues; a second table of the same content
        // (another unit's, with its 合计) is not joined
        builder.add(table, problems);
        lastPage = table.pages().get(table.pages().size() - 1);
        continue;
      }
      if (titled.isPresent()) {
        if (builder != null) {
          grids.add(builder.build());
        }
        current = titled.get();
        String unitLine = table.unitLine() == null ? "" : table.unitLine();
        MoneyUnit unit = UnitLabel.inLabel(unitLine).orElse(current.unitIn(profile));
        if (UnitLabel.inLabel(unitLine).isEmpty() && !table.unit().isEmpty()) {
          // a table in 千元 read in the family's 万元 would be wrong by ten: refused, never guessed
          problems.add(
              new CellProblem(
                  table.firstPage(),
                  table.title(),
                  0,
                  0,
                  unitLine.strip(),
                  table.unit(),
                  "the table's unit " + table.unit() + " is neither 元 nor 万元",
                  ProblemKind.UNIT_OF_AMOUNT_UNKNOWN));
        }
        builder = new Builder(current, table, unit, vocabulary, label(profile, table));
      } else if (!nextPage || !continuation(table)) {
        continue;
      }
      builder.add(table, problems);
      lastPage = table.pages().get(table.pages().size() - 1);
    }
    if (builder != null) {
      grids.add(builder.build());
    }
    return new Result(grids, problems);
  }

  /**
   * Whether a table the profile does not title continues the one before it: untitled, or titled 续表
   * / （续）. A table under a title of its own (another table the profile does not know) is not read
   * as more rows of the one before.
   */
  private static boolean continuation(PdfTable table) {
    return table.title().isBlank() || table.title().contains("续");
  }

  private static boolean isTotalRow(PdfRow row) {
    return row.texts().stream()
        .map(t -> t.replaceAll("\\s", ""))
        .anyMatch(t -> t.equals("合计") || t.equals("总计"));
  }

  /** The table's number as printed above it or in its title, null when it prints none. */
  private static String label(LayoutProfile profile, PdfTable table) {
    List<String> lines = new ArrayList<>(table.headingLines());
    lines.add(table.title());
    return lines.stream()
        .map(profile::printedLabel)
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElse(null);
  }

  private static final class Builder {
    private final ProfileTable spec;
    private final String title;
    private final String label;
    private final List<String> headers;
    private final MoneyUnit unit;
    private final List<String> measures;
    private final List<Integer> pages = new ArrayList<>();
    private final List<List<PublishedCell>> rows = new ArrayList<>();
    private List<String> pending;
    private int pendingPage;
    private List<CellProblem> problems = new ArrayList<>();

    Builder(
        ProfileTable spec,
        PdfTable first,
        MoneyUnit unit,
        MeasureVocabulary vocabulary,
        String label) {
      this.spec = spec;
      this.title = first.title();
      this.label = label;
      this.headers = first.columns();
      this.unit = unit;
      List<String> read =
          first.columns().stream()
              .map(path -> vocabulary.measure(Arrays.asList(path.split("/"))).orElse(null))
              .toList();
      this.measures = EarlierYearColumns.unread(first.columns(), read);
    }

    void add(PdfTable table, List<CellProblem> problems) {
      table.pages().stream().filter(p -> !pages.contains(p)).forEach(pages::add);
      for (PdfRow row : table.rows()) {
        List<String> texts = row.texts();
        if (pending != null
            && row.page() != pendingPage
            && spec.kind() == TableKind.INCOME_SUMMARY
            && PageBrokenRow.continues(pending, texts, measures.indexOf("total"))) {
          // the rest of the row above, cut by the page break: read as one row, at its first place
          pending = PageBrokenRow.joined(pending, texts);
          continue;
        }
        flush(problems);
        pending = texts;
        pendingPage = row.page();
      }
      // the last row waits for the next page's table, which may continue it
      this.problems = problems;
    }

    /** Reads the row held back until the next one shows whether it continues on the next page. */
    private void flush(List<CellProblem> problems) {
      if (pending == null) {
        return;
      }
      int rowNo = rows.size() + 1;
      List<PublishedCell> cells = new ArrayList<>();
      for (int c = 0; c < pending.size(); c++) {
        cells.add(cell(pendingPage, rowNo, c, pending.get(c).strip(), problems));
      }
      rows.add(cells);
      pending = null;
    }

    private PublishedCell cell(
        int page, int rowNo, int column, String text, List<CellProblem> problems) {
      String measure = column < measures.size() ? measures.get(column) : null;
      String compact = text.replaceAll("\\s", "");
      if (EMPTY.matcher(compact).matches()
          || !LOOKS_LIKE_FIGURE.matcher(compact).matches()
          || measure != null && CODE_MEASURES.contains(measure)) {
        return new PublishedCell(page, rowNo, column, measure, text, null, 0);
      }
      String figure = compact.replace('，', ',');
      try {
        if (!FIGURE.matcher(figure).matches()) {
          throw new InvalidAmountException("'" + text + "' is not an amount in " + unit.label());
        }
        int dot = figure.indexOf('.');
        int decimals = dot < 0 ? 0 : figure.length() - dot - 1;
        return new PublishedCell(page, rowNo, column, measure, text, unit.parse(figure), decimals);
      } catch (InvalidAmountException e) {
        problems.add(
            new CellProblem(page, title, rowNo, column + 1, text, unit.label(), e.getMessage()));
        return new PublishedCell(page, rowNo, column, measure, text, null, 0);
      }
    }

    PublishedGrid build() {
      flush(problems);
      return new PublishedGrid(
          spec.content(), spec.kind(), title, unit, pages, measures, rows, label, headers);
    }
  }
}
