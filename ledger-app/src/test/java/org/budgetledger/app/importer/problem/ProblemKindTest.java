package org.budgetledger.app.importer.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.app.importer.pdf.PdfProblem;
import org.junit.jupiter.api.Test;

/** Every reason the PDF reader refuses a file is a kind of import problem of its own. */
class ProblemKindTest {
  @Test
  void everyPdfRefusalHasItsKind() {
    for (PdfProblem problem : PdfProblem.values()) {
      ProblemKind kind = ProblemKind.of(problem);
      assertThat(kind.code()).isEqualTo("pdf-" + problem.name().toLowerCase().replace('_', '-'));
      assertThat(kind.chineseTemplate()).startsWith(problem.chinese().replace("{page}", "{0}"));
    }
  }
}
