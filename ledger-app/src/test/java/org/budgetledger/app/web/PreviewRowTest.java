package org.budgetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.app.adjustment.CellPreview;
import org.budgetledger.core.model.MoneyUnit;
import org.junit.jupiter.api.Test;

/**
 * 录入调整's preview prints each changed cell in its table's unit: a table in 元 to the fen (Shanghai
 * 2026 表3 2080502 行政运行, 720,660 元, 12,345.67 元 more), a table in 万元 at the document's decimals (the
 * district seed's 办公费 7.31 万元, 12.34 more), as before.
 */
class PreviewRowTest {
  @Test
  void aCellOfATableInYuanPrintsYuanToTheFen() {
    PreviewRow row =
        PreviewRow.of(
                List.of(
                    new CellPreview(
                        "表3",
                        "2026年预算单位支出预算总表",
                        "2080502|-|-",
                        "total",
                        72_066_000,
                        73_300_567,
                        MoneyUnit.YUAN)),
                List.of(),
                0)
            .get(0);
    assertThat(row.unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(row.oldText()).isEqualTo("720,660.00");
    assertThat(row.newText()).isEqualTo("733,005.67");
    assertThat(row.deltaText()).isEqualTo("+12,345.67");
  }

  @Test
  void aCellOfATableInWanYuanPrintsAtTheDocumentsDecimals() {
    PreviewRow row =
        PreviewRow.of(
                List.of(
                    new CellPreview(
                        "预算03表",
                        "2026年部门（单位）支出预算总表",
                        "2101501|50201|30201",
                        "basic",
                        7_310_000,
                        19_650_000,
                        MoneyUnit.WAN_YUAN)),
                List.of(),
                2)
            .get(0);
    assertThat(row.oldText()).isEqualTo("7.31");
    assertThat(row.newText()).isEqualTo("19.65");
    assertThat(row.deltaText()).isEqualTo("+12.34");
  }
}
