package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus PDF read through its profile: the family detected from the tables read, the tables
 * found (the profile's, a continuation joined to its table; Xi'an titles each project's performance
 * table), how many of the canonical tables they are (the 13, and Guangzhou's 表7 by economic code),
 * and the figures read as exact fen in each table's unit, none unreadable, and no table of money
 * left untitled. The figures count depends on the PDF reader: when it reads more of a page, these
 * numbers move with it.
 */
class CorpusProfiledTablesTest {
  record Expected(String family, int tables, int canonical, long figures) {}

  static final Map<String, Expected> EXPECTED =
      Map.ofEntries(
          Map.entry("beijing13-2026-2eda0861.pdf", new Expected("beijing13", 13, 13, 761)),
          Map.entry("beijing13-2026-482a23e1.pdf", new Expected("beijing13", 13, 13, 1413)),
          Map.entry("central-mof-2026-a926cacd.pdf", new Expected("central-mof", 9, 9, 337)),
          Map.entry("changsha-2025-e293995d.pdf", new Expected("changsha", 10, 10, 660)),
          // kinds only some families print count too: Guangzhou's 表7, 表11 (基本支出总表,
          // s11-basicsummary)
          // and 表12 (项目支出表, s11-projects); Jiangsu's 财政拨款支出表（功能科目） and Xi'an's tables by function
          // of one fund group (s11-fnbasic); Shenzhen's and Xi'an's 项目支出 by economic code
          // (s11-gbecon);
          // Changsha's economic codes are read as codes, not figures, since s11-gbecon
          Map.entry("guangzhou-2026-39d6f21a.pdf", new Expected("guangzhou", 12, 12, 4546)),
          Map.entry("guangzhou-2026-c04460f2.pdf", new Expected("guangzhou", 12, 12, 3440)),
          // 573 since s12-smalls: 事业收入 12,437.3 / 6, one figure cut by the page (p.21-22), read as
          // one
          Map.entry(
              "hangzhou-zhejiang-2026-c0afe4e6.pdf",
              new Expected("hangzhou-zhejiang", 11, 11, 573)),
          Map.entry(
              "hangzhou-zhejiang-2026-e488d331.pdf",
              new Expected("hangzhou-zhejiang", 11, 11, 625)),
          Map.entry("jiangsu-2019-d64c3b59.pdf", new Expected("jiangsu", 12, 11, 187)),
          Map.entry("jiangsu-2026-17a8236f.pdf", new Expected("jiangsu", 13, 12, 1333)),
          Map.entry("quanzhou-2026-6bcadf36.pdf", new Expected("quanzhou", 10, 9, 397)),
          Map.entry("shanghai9-2025-ee47ac5b.pdf", new Expected("shanghai9", 9, 9, 287)),
          Map.entry("shanghai9-2026-0afcacdd.pdf", new Expected("shanghai9", 9, 9, 259)),
          // 11 since Shenzhen's 基本支出总表 (s13-szecon) and 项目支出总表 (s13-szrest) are declared
          Map.entry("shenzhen-2026-63d734e6.pdf", new Expected("shenzhen", 11, 11, 17311)),
          Map.entry("shenzhen-2026-c9051f27.pdf", new Expected("shenzhen", 11, 11, 1071)),
          Map.entry("xian-2022-e183be6a.pdf", new Expected("xian", 19, 13, 2940)),
          Map.entry("xian-2026-838aeef9.pdf", new Expected("xian", 29, 13, 1879)),
          Map.entry("yantai-2026-8bfe1f02.pdf", new Expected("yantai", 12, 12, 1354)));

  static Stream<String> corpus() throws IOException {
    try (Stream<java.nio.file.Path> files = Files.list(CorpusPdfs.DIR)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsEveryDocumentThroughItsProfile(String file) {
    CorpusPdfs.Read read = CorpusPdfs.read(file);
    List<PublishedGrid> tables = read.tables().tables();
    long kinds =
        tables.stream().map(PublishedGrid::kind).filter(Objects::nonNull).distinct().count();
    long money = tables.stream().mapToLong(PublishedGrid::moneyCells).sum();
    Expected expected = EXPECTED.get(file);
    assertThat(read.family().profile().family()).isEqualTo(expected.family());
    assertThat(tables).hasSize(expected.tables());
    assertThat(kinds).as("of the 13 canonical tables").isEqualTo(expected.canonical());
    assertThat(money).as("figures read").isEqualTo(expected.figures());
    assertThat(read.tables().problems()).as("figures not readable").isEmpty();
    var profile = read.family().profile();
    assertThat(
            UnrecognisedTables.in(
                read.content().tables(),
                profile,
                org.budgetledger.app.importer.layout.LayoutProfiles.builtIn().vocabulary(profile)))
        .as("tables of money the profile does not title")
        .isEmpty();
  }
}
