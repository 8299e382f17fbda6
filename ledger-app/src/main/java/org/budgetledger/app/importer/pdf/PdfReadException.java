package org.budgetledger.app.importer.pdf;

import java.nio.file.Path;

/**
 * A PDF that cannot be read, named by file and, where known, page. The reader turns every failure
 * of PDFBox into one of these, so nothing unchecked leaves it; {@link #problem()} says which kind,
 * so callers decide without parsing the message.
 */
public final class PdfReadException extends Exception {
  private final PdfProblem problem;
  private final String file;
  private final int page;

  /** {@code page} is 1-based, 0 when the problem concerns the whole file. */
  public PdfReadException(
      PdfProblem problem, String file, int page, String detail, Throwable cause) {
    super(message(problem, file, page, detail), cause);
    this.problem = problem;
    this.file = file;
    this.page = page;
  }

  public PdfReadException(PdfProblem problem, String file, int page, String detail) {
    this(problem, file, page, detail, null);
  }

  public PdfProblem problem() {
    return problem;
  }

  public String file() {
    return file;
  }

  /** 1-based page, 0 when the whole file is concerned. */
  public int page() {
    return page;
  }

  static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  private static String message(PdfProblem problem, String file, int page, String detail) {
    String place = page > 0 ? file + " 第 " + page + " 页" : file;
    String chinese = problem.chinese().replace("{page}", Integer.toString(page));
    return place
        + ": "
        + chinese
        + " ("
        + problem.english()
        + ")"
        + (detail == null || detail.isBlank() ? "" : ": " + detail);
  }
}
