package org.budgetledger.app.importer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus document is recognised as the family its catalogue names, from the document's own
 * text (the file names of public collections are often wrong, and are never read).
 */
class FamilyDetectorCorpusTest {
  private static final Map<String, String> CATALOGUE_FAMILY =
      Map.ofEntries(
          Map.entry("Beijing13", "beijing13"),
          Map.entry("central-MoF", "central-mof"),
          Map.entry("Shanghai9", "shanghai9"),
          Map.entry("Shenzhen", "shenzhen"),
          Map.entry("Guangzhou", "guangzhou"),
          Map.entry("Hangzhou/Zhejiang", "hangzhou-zhejiang"),
          Map.entry("Jiangsu", "jiangsu"),
          Map.entry("Xi'an", "xian"),
          Map.entry("Yantai", "yantai"),
          Map.entry("Changsha", "changsha"),
          Map.entry("Quanzhou", "quanzhou"));

  /** Every profile table's title is printed, except the 国有资本经营 table two documents omit. */
  private static final Map<String, Integer> TITLES_FOUND =
      Map.ofEntries(
          Map.entry("beijing13-2026-2eda0861.pdf", 13),
          Map.entry("beijing13-2026-482a23e1.pdf", 13),
          Map.entry("central-mof-2026-a926cacd.pdf", 9),
          Map.entry("changsha-2025-e293995d.pdf", 10),
          Map.entry("guangzhou-2026-39d6f21a.pdf", 12),
          Map.entry("guangzhou-2026-c04460f2.pdf", 12),
          Map.entry("hangzhou-zhejiang-2026-c0afe4e6.pdf", 11),
          Map.entry("hangzhou-zhejiang-2026-e488d331.pdf", 11),
          Map.entry("jiangsu-2019-d64c3b59.pdf", 12),
          Map.entry("jiangsu-2026-17a8236f.pdf", 13),
          Map.entry("quanzhou-2026-6bcadf36.pdf", 10),
          Map.entry("shanghai9-2025-ee47ac5b.pdf", 9),
          Map.entry("shanghai9-2026-0afcacdd.pdf", 9),
          Map.entry("shenzhen-2026-63d734e6.pdf", 11),
          Map.entry("shenzhen-2026-c9051f27.pdf", 11),
          Map.entry("xian-2022-e183be6a.pdf", 16),
          Map.entry("xian-2026-838aeef9.pdf", 16),
          Map.entry("yantai-2026-8bfe1f02.pdf", 12));

  private final FamilyDetector detector = new FamilyDetector(LayoutProfiles.builtIn());

  static Stream<Arguments> corpus() {
    return CorpusText.families().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("corpus")
  void detectsTheCataloguedFamily(String file, String catalogueFamily) {
    FamilyDetection detection = detector.detect(CorpusText.lines(file));

    assertThat(detection.profile().family()).isEqualTo(CATALOGUE_FAMILY.get(catalogueFamily));
    assertThat(detection.titlesFound())
        .as("table titles of the family printed in %s", file)
        .isEqualTo(TITLES_FOUND.get(file));
  }
}
