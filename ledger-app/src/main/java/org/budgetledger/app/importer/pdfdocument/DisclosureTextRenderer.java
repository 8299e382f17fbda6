package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.ProfileTable;
import org.budgetledger.app.importer.layout.UnitLabel;
import org.budgetledger.app.importer.pdf.PdfRow;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;

/**
 * Writes the tables read from a PDF as the disclosure text the parser reads ({@code 预算NN表 title},
 * {@code 金额单位：…}, then each printed row with its cells separated by tabs, empty cells kept), so the
 * parser, the planner and the reconciliation run unchanged on a PDF. Every line records its place
 * (page, table, row). A table the profile does not title that follows a table on the next page is
 * that table continued; a table of the family's own (not one of the 13) is left out, and so is one
 * before the first titled table.
 */
final class DisclosureTextRenderer {
  private static final Pattern YEAR_NOTE = Pattern.compile("^[（(]\\d{4}年度[)）]$");

  private final LayoutProfile profile;
  private final StringBuilder text = new StringBuilder();
  private final List<LinePlace> places = new ArrayList<>();
  private final Set<TableKind> tables = EnumSet.noneOf(TableKind.class);
  private final Set<List<String>> emitted = new HashSet<>();
  private int cells;

  DisclosureTextRenderer(LayoutProfile profile) {
    this.profile = profile;
  }

  RenderedText render(List<PdfTable> pdfTables) {
    ProfileTable current = null;
    int lastPage = -1;
    for (PdfTable table : pdfTables) {
      Optional<ProfileTable> titled = profile.tableTitled(table.title());
      String label;
      boolean continued = false;
      if (titled.isPresent()) {
        current = titled.get().canonical().isPresent() ? titled.get() : null;
        if (current == null) {
          continue;
        }
        label = label(current);
        line(label + " " + printedTitle(table.title()), new LinePlace(table.firstPage(), label, 0));
        tables.add(current.kind());
        emitted.clear();
      } else if (current != null && table.firstPage() == lastPage + 1) {
        label = label(current);
        continued = true;
      } else {
        current = null;
        continue;
      }
      line(unitLine(table, current), new LinePlace(table.firstPage(), label, 0));
      for (String heading : table.headingLines()) {
        if (YEAR_NOTE.matcher(heading.replaceAll("\\s", "")).matches()) {
          line(heading.strip(), new LinePlace(table.firstPage(), label, 0));
        }
      }
      rows(table, label, continued);
      lastPage = table.pages().get(table.pages().size() - 1);
    }
    return new RenderedText(text.toString(), places, tables.size(), cells);
  }

  /**
   * The unit as the parser reads it: the unit the table's own label names, else the profile's for
   * the table. A label naming another unit (千元) is kept as printed, so the parser refuses it.
   */
  private String unitLine(PdfTable table, ProfileTable current) {
    String printed = table.unitLine() == null ? "" : table.unitLine().strip();
    Optional<MoneyUnit> unit = UnitLabel.inLabel(printed);
    if (unit.isPresent()) {
      return "金额单位：" + unit.get().label();
    }
    return table.unit().isEmpty()
        ? "金额单位：" + current.unitIn(profile).label()
        : "金额单位：" + table.unit();
  }

  /**
   * Header rows are placed as row 0 (表头); body rows are numbered 1… over the whole table. A
   * continuation's header row that repeats a row already written for the table (the 活动 header of
   * 表13 printed again on the next page) is the same header, not data, and is left out.
   */
  private void rows(PdfTable table, String label, boolean continued) {
    for (PdfRow row : table.headerRows()) {
      if (!continued || !emitted.contains(signature(row))) {
        row(row, new LinePlace(row.page(), label, 0));
      }
    }
    int n = 0;
    for (PdfRow row : table.rows()) {
      row(row, new LinePlace(row.page(), label, ++n));
    }
  }

  /** A row's filled cells, whitespace removed: the same header reflowed has the same one. */
  private static List<String> signature(PdfRow row) {
    return row.texts().stream()
        .map(t -> t.replaceAll("\\s", ""))
        .filter(t -> !t.isEmpty())
        .toList();
  }

  private void row(PdfRow row, LinePlace place) {
    emitted.add(signature(row));
    List<String> texts =
        row.texts().stream().map(t -> t.replace('\t', ' ').replace('\n', ' ').strip()).toList();
    cells += (int) texts.stream().filter(t -> !t.isEmpty()).count();
    String joined = String.join("\t", texts);
    line(texts.size() < 2 ? joined + "\t" : joined, place);
  }

  /** The title as printed after its number (what precedes the number is not the title). */
  private String printedTitle(String title) {
    String compact = title.replaceAll("\\s", "");
    if (profile.numbering() == null) {
      return compact;
    }
    var m = profile.numbering().matcher(compact);
    return m.find() ? compact.substring(m.end()) : compact;
  }

  /** The parser's title form: 预算NN表 in the family's own number. */
  private static String label(ProfileTable table) {
    return "预算" + table.number() + "表";
  }

  private void line(String content, LinePlace place) {
    text.append(content).append('\n');
    places.add(place);
  }

  /** The text, each line's place, how many of the 13 tables it holds and the cells read. */
  record RenderedText(String text, List<LinePlace> places, int tables, int cells) {}
}
