package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rest of a 收入总表 row at the head of the next page: no 合计 of its own, and only cells the part
 * above fills (杭州市公安局 2026, p.21–22).
 */
class PageBrokenRowTest {
  private static final List<String> ABOVE =
      List.of("杭州市机动", "14,549.64", "14,549.64", "", "12,437.3", "2,112.28");

  @Test
  void joinsANameAndAFigureCutByThePage() {
    List<String> rest = List.of("车驾驶员考试服务中心", "", "", "", "6", "");

    assertThat(PageBrokenRow.continues(ABOVE, rest, 1)).isTrue();
    assertThat(PageBrokenRow.joined(ABOVE, rest))
        .containsExactly("杭州市机动车驾驶员考试服务中心", "14,549.64", "14,549.64", "", "12,437.36", "2,112.28");
  }

  @Test
  void aRowWithItsOwnTotalOrACellTheRowAboveLeavesBlankIsARowOfItsOwn() {
    assertThat(PageBrokenRow.continues(ABOVE, List.of("杭州市公安局地铁分局", "27,401.68"), 1)).isFalse();
    assertThat(PageBrokenRow.continues(ABOVE, List.of("中心", "", "", "7.20"), 1)).isFalse();
    assertThat(PageBrokenRow.continues(ABOVE, List.of("", "", "", ""), 1)).isFalse();
  }
}
