package org.budgetledger.app.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every corpus PDF reads without error, with the tables it prints. */
class PdfCorpusReadTest {

  @ParameterizedTest(name = "{0}: {1} pages, {2} tables")
  @CsvSource({
    "beijing13-2026-2eda0861.pdf, 28, 14",
    "beijing13-2026-482a23e1.pdf, 61, 15",
    "central-mof-2026-a926cacd.pdf, 37, 12",
    "changsha-2025-e293995d.pdf, 53, 10",
    "guangzhou-2026-39d6f21a.pdf, 112, 13",
    "guangzhou-2026-c04460f2.pdf, 76, 13",
    "hangzhou-zhejiang-2026-c0afe4e6.pdf, 37, 11",
    "hangzhou-zhejiang-2026-e488d331.pdf, 41, 11",
    "jiangsu-2019-d64c3b59.pdf, 33, 12",
    "jiangsu-2026-17a8236f.pdf, 65, 13",
    "quanzhou-2026-6bcadf36.pdf, 56, 37",
    "shanghai9-2025-ee47ac5b.pdf, 26, 9",
    "shanghai9-2026-0afcacdd.pdf, 20, 9",
    "shenzhen-2026-63d734e6.pdf, 262, 12",
    "shenzhen-2026-c9051f27.pdf, 38, 12",
    "xian-2022-e183be6a.pdf, 98, 21",
    "xian-2026-838aeef9.pdf, 77, 40",
    "yantai-2026-8bfe1f02.pdf, 43, 12"
  })
  void readsEveryCorpusDocument(String file, int pages, int tables) {
    PdfContent content = CorpusPdf.read(file);

    assertThat(content.pageCount()).isEqualTo(pages);
    assertThat(content.tables()).hasSize(tables);
    assertThat(content.remarks()).isEmpty();
    assertThat(content.tables())
        .allSatisfy(
            t -> {
              assertThat(t.columns()).isNotEmpty();
              assertThat(t.rows())
                  .allSatisfy(r -> assertThat(r.columnCount()).isEqualTo(t.columns().size()));
            });
  }

  @Test
  void theCorpusHoldsNoOtherPdf() throws IOException {
    try (Stream<java.nio.file.Path> files = Files.list(CorpusPdf.dir())) {
      assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).isEqualTo(18);
    }
  }
}
