package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.junit.jupiter.api.Test;

/** A 收入总表 printing rows beside its 合计 says how many it leaves unread and uncompared. */
class UnreadRowsTest {
  private final PdfDisclosureReader reader = new PdfDisclosureReader(LayoutProfiles.builtIn());

  private List<String> remarks(String file) throws Exception {
    return reader.read(file, Files.readAllBytes(CorpusPdfs.DIR.resolve(file))).remarks();
  }

  /**
   * p.23: 合计 3,444,476,979.18, then the department's row 153 and 9 units' rows (153001 … 153013),
   * 37 figures among them (153002 交通管理支队 1,181,831,909.95 …).
   */
  @Test
  void aTableByUnitNamesItsUnitRowsLeftUncompared() throws Exception {
    assertThat(remarks("xian-2026-838aeef9.pdf"))
        .contains("第 23 页“部门综合预算收入总表”：只读取合计行；其余 10 行（按单位或科目列示）的 37 个金额未读取，不与账本比较（收入按整个部门记录）");
  }

  /**
   * p.14: 合计 68,632.12, then 10 rows by 功能科目 (201 一般公共服务支出 3.00 …): read and compared, so not
   * named; as Yantai's p.10-11 and Shanghai's p.8-9.
   */
  @Test
  void aTableByFunctionIsReadAndNotNamed() throws Exception {
    for (String pdf :
        java.util.List.of(
            "changsha-2025-e293995d.pdf",
            "yantai-2026-8bfe1f02.pdf",
            "shanghai9-2026-0afcacdd.pdf",
            "shanghai9-2025-ee47ac5b.pdf")) {
      assertThat(remarks(pdf)).as(pdf).noneMatch(r -> r.contains("只读取合计行"));
    }
  }

  /** p.2: 预算02表 prints its 合计 row alone: nothing is left out, nothing is said. */
  @Test
  void aTableOfItsTotalAloneSaysNothing() throws Exception {
    assertThat(remarks("beijing13-2026-2eda0861.pdf")).noneMatch(r -> r.contains("只读取合计行"));
  }
}
