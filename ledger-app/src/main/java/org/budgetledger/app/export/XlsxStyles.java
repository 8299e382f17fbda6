package org.budgetledger.app.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of an export, made once per workbook (Excel limits a workbook's styles). */
final class XlsxStyles {
  private final Workbook book;
  private final Map<String, CellStyle> made = new HashMap<>();

  XlsxStyles(Workbook book) {
    this.book = book;
  }

  CellStyle title() {
    return made.computeIfAbsent(
        "title",
        k -> {
          CellStyle s = book.createCellStyle();
          s.setFont(font(true, 14));
          s.setAlignment(HorizontalAlignment.CENTER);
          return s;
        });
  }

  CellStyle plain(HorizontalAlignment alignment) {
    return made.computeIfAbsent(
        "plain" + alignment,
        k -> {
          CellStyle s = book.createCellStyle();
          s.setAlignment(alignment);
          return s;
        });
  }

  CellStyle header() {
    return made.computeIfAbsent(
        "header",
        k -> {
          CellStyle s = bordered(true);
          s.setAlignment(HorizontalAlignment.CENTER);
          s.setWrapText(true);
          return s;
        });
  }

  CellStyle text(boolean bold) {
    return made.computeIfAbsent("text" + bold, k -> bordered(bold));
  }

  /** Money at {@code decimals} places of 万元 with thousands separators, as printed. */
  CellStyle money(boolean bold, int decimals) {
    return made.computeIfAbsent(
        "money" + bold + decimals,
        k -> {
          CellStyle s = bordered(bold);
          s.setAlignment(HorizontalAlignment.RIGHT);
          s.setDataFormat(
              book.createDataFormat()
                  .getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
          return s;
        });
  }

  private CellStyle bordered(boolean bold) {
    CellStyle s = book.createCellStyle();
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setFont(font(bold, 10));
    return s;
  }

  private Font font(boolean bold, int points) {
    Font f = book.createFont();
    f.setBold(bold);
    f.setFontHeightInPoints((short) points);
    return f;
  }
}
