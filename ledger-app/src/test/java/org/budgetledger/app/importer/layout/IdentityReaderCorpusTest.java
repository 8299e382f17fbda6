package org.budgetledger.app.importer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Department, fiscal year and kind of every corpus document come from the document itself and equal
 * what the catalogue (read by a person from the same pages) says.
 */
class IdentityReaderCorpusTest {

  static Stream<Arguments> catalogue() throws IOException {
    List<String> rows = Files.readAllLines(CorpusText.DIR.resolve("catalogue.tsv"));
    return rows.subList(1, rows.size()).stream()
        .map(r -> r.split("\t"))
        .map(c -> Arguments.of(c[0], c[2], Integer.valueOf(c[3]), c[4]));
  }

  @ParameterizedTest(name = "{0}: {1} {2} {3}")
  @MethodSource("catalogue")
  void readsDepartmentYearAndKindFromTheDocument(
      String file, String department, int year, String kind) {
    DocumentIdentity identity = IdentityReader.read(CorpusText.lines(file));

    assertThat(identity.department()).isEqualTo(department);
    assertThat(identity.fiscalYear()).isEqualTo(year);
    assertThat(identity.kind().chinese()).isEqualTo(kind);
  }
}
