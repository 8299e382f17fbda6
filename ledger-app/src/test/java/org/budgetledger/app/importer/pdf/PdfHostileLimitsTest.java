package org.budgetledger.app.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.budgetledger.app.bench.fuzz.HostilePdfs;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3 for PDFs: a file made to exhaust the reader (too many pages, glyphs, ruling
 * lines, tables or columns) is refused by its limit, naming the page where the limit was passed;
 * absurd coordinates are read or refused, never thrown.
 */
class PdfHostileLimitsTest {
  private final PdfTableReader reader = new PdfTableReader();

  private PdfReadException refusal(String kind) {
    PdfReadException e =
        catchThrowableOfType(
            PdfReadException.class, () -> reader.read(kind + ".pdf", HostilePdfs.make(kind, 0)));
    assertThat(e).as(kind + " refused").isNotNull();
    assertThat(e.getMessage()).startsWith(kind + ".pdf");
    return e;
  }

  @Test
  void refusesMoreTablesThanItsLimitNamingThePageThatPassedIt() {
    // 400 ruled tables a page: the limit of 1,000 is passed on the third page.
    PdfReadException e = refusal("pdf-tables");
    assertThat(e.problem()).isEqualTo(PdfProblem.TOO_MANY_TABLES);
    assertThat(e.getMessage())
        .isEqualTo(
            "pdf-tables.pdf 第 3 页: 表格过多 (too many tables): more than 1000 tables up to this page");
  }

  @Test
  void refusesAPageOfMoreRulingLinesThanItsLimit() {
    PdfReadException e = refusal("pdf-rulings");
    assertThat(e.problem()).isEqualTo(PdfProblem.TOO_MANY_RULINGS);
    assertThat(e.page()).isEqualTo(1);
    // 44 × 60 tables of six rules, apart enough that none is joined to its neighbour's.
    assertThat(e.getMessage())
        .isEqualTo(
            "pdf-rulings.pdf 第 1 页: 本页表格线过多 (too many ruling lines on a page):"
                + " 15840 ruling lines, at most 5000");
  }

  @Test
  void refusesATableWiderThanItsLimitBeforeBuildingItsCells() {
    PdfReadException e = refusal("pdf-columns");
    assertThat(e.problem()).isEqualTo(PdfProblem.TOO_MANY_COLUMNS);
    assertThat(e.getMessage())
        .isEqualTo(
            "pdf-columns.pdf 第 1 页: 表格列数过多 (too many columns in a table): 220 columns, at most 200");
  }

  @Test
  void refusesMorePagesAndMoreGlyphsThanAnyBudget() {
    assertThat(refusal("pdf-pages").getMessage())
        .isEqualTo("pdf-pages.pdf: 页数过多 (too many pages): 3001 pages, at most 3000");
    PdfReadException glyphs = refusal("pdf-glyphs");
    assertThat(glyphs.problem()).isEqualTo(PdfProblem.TOO_MANY_GLYPHS);
    assertThat(glyphs.page()).isEqualTo(1);
  }

  @Test
  void readsOrRefusesPagesWithAbsurdCoordinatesWithoutThrowing() {
    for (int variant = 0; variant < HostilePdfs.ABSURD_VARIANTS; variant++) {
      byte[] pdf = HostilePdfs.make("pdf-coordinates", variant);
      try {
        PdfContent content = reader.read("absurd.pdf", pdf);
        assertThat(content.pageCount()).isEqualTo(1);
      } catch (PdfReadException e) {
        assertThat(e.getMessage()).startsWith("absurd.pdf");
      }
    }
  }

  @Test
  void theCorpusDocumentWithTheMostTablesStaysWithinEveryLimit() {
    assertThat(CorpusPdf.read("xian-2026-838aeef9.pdf").tables()).hasSize(40);
  }
}
