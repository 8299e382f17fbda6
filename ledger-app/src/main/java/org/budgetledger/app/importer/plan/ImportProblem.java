package org.budgetledger.app.importer.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.budgetledger.app.importer.problem.PagePlace;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.problem.ProblemText;

/**
 * Why a document cannot be imported, and where: the file, the line of its text (0: the whole file),
 * the field (table / column), the PDF page, table and row it came from when it is a PDF, and the
 * text of the line. {@link #kind()} is stable for programs; {@link #title()} and {@link #detail()}
 * say it in Chinese, {@link #message()} in English (logs, the command line).
 */
public record ImportProblem(
    String fileName,
    int lineNo,
    String field,
    @JsonIgnore ProblemText text,
    PagePlace pdf,
    String lineText) {

  public ImportProblem(
      String fileName, int lineNo, String field, ProblemKind kind, Object... args) {
    this(fileName, lineNo, field, ProblemText.of(kind, args), null, null);
  }

  /** A problem given only in English, until its site names its kind. */
  public ImportProblem(String fileName, int lineNo, String field, String message) {
    this(fileName, lineNo, field, ProblemKind.OTHER, message);
  }

  public ImportProblem at(PagePlace place) {
    return new ImportProblem(fileName, lineNo, field, text, place, lineText);
  }

  @JsonProperty("kind")
  public String kind() {
    return text.kind().code();
  }

  @JsonProperty("title")
  public String title() {
    return text.kind().title();
  }

  /** The Chinese sentence after its place: 第 3 页 预算03表 支出总表 第 12 行，第 112 行，合计：…. */
  @JsonProperty("detail")
  public String detail() {
    String place = place();
    return place.isEmpty() ? text.chinese() : place + "：" + text.chinese();
  }

  /** The place in Chinese: the PDF's page, table and row, the text's line, the field. */
  @JsonIgnore
  public String place() {
    StringBuilder out = new StringBuilder();
    if (pdf != null) {
      out.append(pdf.chinese());
    }
    if (lineNo > 0) {
      out.append(out.isEmpty() ? "" : "，").append("第 ").append(lineNo).append(" 行");
    }
    if (field != null && !field.isBlank()) {
      out.append(out.isEmpty() ? "" : "，").append(field);
    }
    return out.toString();
  }

  @JsonProperty("message")
  public String message() {
    return text.english();
  }

  /** The Chinese sentence in pieces, its arguments marked as data. */
  @JsonIgnore
  public List<ProblemText.Segment> segments() {
    return text.segments();
  }

  @Override
  public String toString() {
    return fileName
        + (lineNo > 0 ? ":" + lineNo : "")
        + (pdf == null ? "" : " " + pdf.chinese())
        + " ["
        + field
        + "] "
        + message()
        + (lineText == null || lineText.isBlank() ? "" : " | " + lineText);
  }
}
