package org.budgetledger.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.springframework.stereotype.Component;

/**
 * Writes disclosure tables to an XLSX workbook in the published layout, one sheet per table named
 * by the department's number (预算03表): number, title, 部门 and 金额单位：万元, the merged multi-level header,
 * then the lines with subtotal and total lines bold. Figures are numeric cells holding the exact
 * amount in 万元 (6 places: 1 分), shown at the document's decimals, so sums in the sheet add exact
 * fen; zero prints empty as in the documents.
 */
@Component
public class XlsxExporter {
  static final int FIRST_HEADER_ROW = 3;

  public void write(DepartmentTables set, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XlsxStyles styles = new XlsxStyles(book);
      for (DisclosureTable table : set.tables()) {
        sheet(book.createSheet(table.number()), table, set, styles);
      }
      book.write(out);
    }
  }

  private void sheet(Sheet sheet, DisclosureTable table, DepartmentTables set, XlsxStyles styles) {
    int width = table.columns().size();
    text(sheet, 0, 0, table.number(), styles.plain(HorizontalAlignment.LEFT));
    text(sheet, 1, 0, table.title(), styles.title());
    merge(sheet, 1, 1, 0, width - 1);
    text(sheet, 2, 0, "部门（单位）：" + set.departmentName(), styles.plain(HorizontalAlignment.LEFT));
    text(sheet, 2, width - 1, table.unitLabel(), styles.plain(HorizontalAlignment.RIGHT));
    for (int r = 0; r < table.header().size(); r++) {
      Row row = sheet.createRow(FIRST_HEADER_ROW + r);
      for (int c = 0; c < width; c++) {
        row.createCell(c).setCellStyle(styles.header()); // borders under merged regions too
      }
    }
    for (PlacedHeader h : HeaderGrid.place(table.header(), width)) {
      int top = FIRST_HEADER_ROW + h.row();
      sheet.getRow(top).getCell(h.column()).setCellValue(h.text());
      merge(sheet, top, top + h.rowSpan() - 1, h.column(), h.column() + h.colSpan() - 1);
    }
    int r = FIRST_HEADER_ROW + table.header().size();
    for (PrintedLine line : PrintedLines.of(table)) {
      line(sheet.createRow(r++), table, line, set.decimals(), styles);
    }
    for (String note : table.notes()) {
      text(sheet, r++, 0, note, styles.plain(HorizontalAlignment.LEFT));
    }
    text(sheet, r, 0, "数据时点：" + PointCaption.of(set.at()), styles.plain(HorizontalAlignment.LEFT));
    for (int c = 0; c < width; c++) {
      sheet.setColumnWidth(c, 256 * (isMoneyColumn(table, c) ? 16 : 34));
    }
  }

  private static void line(
      Row row, DisclosureTable table, PrintedLine line, int decimals, XlsxStyles styles) {
    boolean bold = line.type() == RowType.TOTAL || line.type() == RowType.SUBTOTAL;
    List<TableCell> cells = line.cells();
    for (int c = 0; c < cells.size(); c++) {
      TableCell cell = cells.get(c);
      Cell out = row.createCell(c);
      if (cell != null && cell.isMoney()) {
        int places = table.decimalsOf(cell, decimals);
        out.setCellStyle(styles.money(bold, places));
        if (!cell.amount().isZero()) {
          // exact: fen are 2 places of 元, 6 of 万元
          int scale = table.inYuan() ? 2 : 6;
          out.setCellValue(
              new BigDecimal(cell.amount().value()).movePointLeft(scale).doubleValue());
        }
      } else {
        out.setCellStyle(styles.text(bold));
        out.setCellValue(cell == null ? "" : cell.text());
      }
    }
  }

  private static boolean isMoneyColumn(DisclosureTable table, int column) {
    String key = table.columns().get(column).key();
    return table.rows().stream()
        .flatMap(r -> r.cells().stream())
        .anyMatch(c -> c.isMoney() && c.columnKey().equals(key));
  }

  private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void merge(Sheet sheet, int top, int bottom, int left, int right) {
    if (bottom > top || right > left) {
      sheet.addMergedRegion(new CellRangeAddress(top, bottom, left, right));
    }
  }
}
