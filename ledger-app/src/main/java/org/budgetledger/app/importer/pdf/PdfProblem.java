package org.budgetledger.app.importer.pdf;

/** Why a PDF was refused, in Chinese for the user and in English for the log. */
public enum PdfProblem {
  NOT_A_PDF("不是 PDF 文件", "not a PDF file"),
  CORRUPTED("文件已损坏，无法读取", "corrupted PDF"),
  TRUNCATED("文件不完整（被截断）", "truncated PDF"),
  ENCRYPTED("文件已加密，无法打开", "encrypted PDF that cannot be opened"),
  SCANNED("扫描件：第 {page} 页只有图像，没有可读取的文字", "scanned image-only PDF"),
  TOO_LARGE("文件过大", "file too large"),
  TOO_MANY_PAGES("页数过多", "too many pages"),
  TOO_MANY_GLYPHS("本页文字过多", "too many glyphs on a page"),
  TOO_MANY_RULINGS("本页表格线过多", "too many ruling lines on a page"),
  TOO_MANY_COLUMNS("表格列数过多", "too many columns in a table"),
  TOO_MANY_TABLES("表格过多", "too many tables"),
  UNREADABLE("无法读取", "cannot be read");

  private final String chinese;
  private final String english;

  PdfProblem(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }
}
