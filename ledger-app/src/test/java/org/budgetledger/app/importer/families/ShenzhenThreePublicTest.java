package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.junit.jupiter.api.Test;

/**
 * Shenzhen's 表9 财政拨款“三公”经费支出表 lists each unit's 2025年, 2026年 and 增减变化金额 rows, each item by fund
 * (一般公共预算, 政府性基金预算, 国有资本经营预算): the canonical row is the department's 2026年 row (the latest year's
 * row whose figures are the others' sum), each item its three fund columns added up. Before, the
 * table was read as zeros (one unit: its 2026年 row equals 2025年 + 增减变化金额, and the item columns read
 * as fund sources).
 */
class ShenzhenThreePublicTest {
  private static final Path DIR = Path.of("src/test/resources/corpus/pdf");

  private static String rendered(String file) throws Exception {
    return new PdfDisclosureReader(LayoutProfiles.builtIn())
        .read(file, Files.readAllBytes(DIR.resolve(file)))
        .text();
  }

  /** p.36, 深圳市退役军人事务局（本级） 2026年: 11.98, 4.38, 5.00, 2.60, 0.00, 2.60 (2025年 11.07 not read). */
  @Test
  void readsTheCurrentYearRowOfTheOneUnit() throws Exception {
    assertThat(rendered("shenzhen-2026-c9051f27.pdf").lines())
        .contains("11.98\t4.38\t5.00\t2.60\t0.00\t2.60")
        .noneMatch(l -> l.startsWith("11.07\t"));
  }

  /**
   * p.252, 深圳市人力资源和社会保障局 2026年: 299.23, 120.20, 24.23, 154.80 (购置 54.00, 运行维护 100.80), the sum of
   * its 21 units' 2026年 rows within their rounding (299.24); not 本级's 163.92 nor 2025年's 179.23.
   * The department's row comes first, under an empty 单位名称.
   */
  @Test
  void readsTheDepartmentsRowOfTheLatestYear() throws Exception {
    assertThat(rendered("shenzhen-2026-63d734e6.pdf").lines())
        .contains("\t299.23\t120.20\t24.23\t154.80\t54.00\t100.80")
        .noneMatch(l -> l.contains("\t179.23\t"));
  }

  /**
   * Each unit's 2026年 row follows, naming its unit as 一般公共预算支出表 does (the name printed on the
   * unit's 2025年 row above): p.252 本级 163.92 = 119.00 + 14.92 + 30.00 (18.00 + 12.00); p.253
   * 深圳市劳动人事争议仲裁院 22.02 = 1.02 + 21.00 (18.00 + 3.00), not its 2025年 4.02 nor 增减 18.00.
   */
  @Test
  void readsEachUnitsRowOfTheLatestYear() throws Exception {
    List<String> lines = rendered("shenzhen-2026-63d734e6.pdf").lines().toList();
    assertThat(lines)
        .anyMatch(l -> l.endsWith("-深圳市人力资源和社会保障局（本级）\t163.92\t119.00\t14.92\t30.00\t18.00\t12.00"))
        .anyMatch(l -> l.endsWith("-深圳市劳动人事争议仲裁院\t22.02\t0.00\t1.02\t21.00\t18.00\t3.00"))
        .noneMatch(l -> l.endsWith("-深圳市劳动人事争议仲裁院\t4.02\t0.00\t1.02\t3.00\t0.00\t3.00"));
    // one row per unit, the unit and its six figures: 21 units under the department's row
    assertThat(
            lines.stream()
                .filter(l -> l.matches("^X[0-9A-F]{6}U[0-9A-F]{6}-.*"))
                .filter(l -> l.split("\t", -1).length == 7)
                .count())
        .isEqualTo(21);
  }
}
