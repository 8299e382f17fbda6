package org.budgetledger.app.importer.pdf;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table as printed: its title (the most prominent line just above it, {@code ""} if none), the
 * lines between the page's previous table or top and the table ({@code headingLines}, title
 * included, e.g. {@code 预算01表}, {@code 单位：万元}), the line naming its unit, the pages it spans, one
 * header path per column ({@code 基本支出/人员经费}), the header rows as printed and the body rows, each
 * with its page. {@code ruled} is false for a table read from its header's columns.
 */
public record PdfTable(
    String title,
    List<String> headingLines,
    String unitLine,
    List<Integer> pages,
    List<String> columns,
    List<PdfRow> headerRows,
    List<PdfRow> rows,
    boolean ruled) {
  private static final Pattern UNIT =
      Pattern.compile(
          "单位\\s*[:：]\\s*(?:人民币\\s*)?(亿\\s*元|千\\s*万\\s*元|百\\s*万\\s*元|万\\s*元|千\\s*元|元)"
              + "(?=$|[\\s）)，,；;])");

  public PdfTable {
    headingLines = List.copyOf(headingLines);
    pages = List.copyOf(pages);
    columns = List.copyOf(columns);
    headerRows = List.copyOf(headerRows);
    rows = List.copyOf(rows);
  }

  public int firstPage() {
    return pages.get(0);
  }

  /** The amount unit named by the unit line ({@code 元}, {@code 万元} …), {@code ""} if none. */
  public String unit() {
    Matcher m = UNIT.matcher(unitLine == null ? "" : unitLine);
    return m.find() ? m.group(1).replaceAll("\\s", "") : "";
  }
}
