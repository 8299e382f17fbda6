package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.junit.jupiter.api.Test;

/**
 * Shenzhen 63d734e6's 表4 基本支出总表 (p.114-149) as the canonical text writes it: by unit, 类 and 款, the
 * department's own row its 合计. (表8 by unit × code, p.198-251, is left unread: {@code
 * BasicBesideProject.summedOverUnits}.)
 */
class ShenzhenEconomicByUnitTextTest {
  private static final String FILE = "shenzhen-2026-63d734e6.pdf";

  private static String canonicalText() throws Exception {
    byte[] bytes = Files.readAllBytes(CorpusPdfs.DIR.resolve(FILE));
    return new PdfDisclosureReader(LayoutProfiles.builtIn()).read(FILE, bytes).text();
  }

  private static String table(String text, String label) {
    int from = text.indexOf("\n" + label + " ");
    int next = text.indexOf("\n预算", from + 1);
    return text.substring(from, next < 0 ? text.length() : next);
  }

  @Test
  void writesTheBasicSummaryByUnitClassAndItem() throws Exception {
    String summary = table(canonicalText(), "预算15表");
    // p.114: the department's row 136,131.77 (132,061.73 财政拨款, 464.41 财政专户) is the 合计
    assertThat(summary)
        .contains("\n合计\t\t136,131.77\t132,061.73\t132,061.73\t0.00\t0.00\t464.41\t");
    String unit = UnitBlocks.unitCode("深圳市人力资源和社会保障局", "深圳市人力资源和社会保障局（本级）");
    // 本级's row 14,270.17, its 类 301 工资福利支出 9,523.28 and 款 30101 基本工资 1,847.59
    assertThat(summary)
        .contains("\n" + unit + "-深圳市人力资源和社会保障局（本级）\t\t14,270.17\t14,270.17\t14,270.17\t")
        .contains("\t301-工资福利支出\t9,523.28\t9,523.28\t9,523.28\t")
        .contains("\t30101-基本工资\t1,847.59\t1,847.59\t1,847.59\t");
  }
}
