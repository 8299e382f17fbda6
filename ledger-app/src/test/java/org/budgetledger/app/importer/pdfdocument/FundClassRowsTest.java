package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.junit.jupiter.api.Test;

/**
 * A fund 收支表's 类 rows are read by name in the year's catalogue: a name that is no 类 that year
 * cannot be keyed, so the document is refused naming it, never imported with a guessed code.
 */
class FundClassRowsTest {
  private static final String FILE = "xian-2022-e183be6a.pdf";

  @Test
  void aClassNameNoCatalogueKnowsIsRefusedNamingIt() {
    // p.64 prints 五、城乡社区支出 3,031,779,608.00; 城乡建设支出 is no 类 of 2022
    PdfContent content = CorpusPdfs.read(FILE).content();
    PdfContent renamed =
        ContentVariants.everywhere(content, t -> t.equals("五、城乡社区支出") ? "五、城乡建设支出" : t);
    PdfDisclosureException e =
        catchThrowableOfType(
            PdfDisclosureException.class,
            () -> new PdfDisclosureReader(LayoutProfiles.builtIn()).read(FILE, renamed));

    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("PDF 科目");
              assertThat(p.message())
                  .startsWith("第 64 页 ")
                  .contains("行: '城乡建设支出' 不是 2022 年支出功能分类的一个类");
            });
  }
}
