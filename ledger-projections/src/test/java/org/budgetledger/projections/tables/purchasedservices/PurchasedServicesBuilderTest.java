package org.budgetledger.projections.tables.purchasedservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class PurchasedServicesBuilderTest {
  private static final String INFO_SYSTEMS = "01-公共服务|0115-公共信息与宣传服务|公共信息系统开发与维护服务";

  @Test
  void keepsEachRepeatedPathOnItsOwnRowWithAnOccurrenceIndex() {
    DisclosureTable table = new PurchasedServicesBuilder().build(SeedViews.municipal());

    assertThat(table.rows())
        .extracting(TableRow::key)
        .containsExactly(
            "total", "01-公共服务|0101-公共安全服务|安全风险评估服务", INFO_SYSTEMS, INFO_SYSTEMS + "#2");
    assertThat(amount(table, INFO_SYSTEMS, "amount")).isEqualTo(wan("494.748"));
    assertThat(amount(table, INFO_SYSTEMS + "#2", "amount")).isEqualTo(wan("64.585291"));
    assertThat(amount(table, "total", "amount")).isEqualTo(wan("583.033291"));
    assertThat(table.columns())
        .extracting(Column::key)
        .containsExactly("level1", "level2", "level3", "amount");
    assertThat(table.title()).isEqualTo("财政拨款政府购买服务明细表");
  }

  @Test
  void districtShowsTheServiceArea() {
    DisclosureTable table = new PurchasedServicesBuilder().build(SeedViews.district());
    String key = "01-公共服务|0104-社会保障服务|社会保险服务";

    assertThat(text(table, key, "serviceArea")).isEqualTo("210-卫生健康支出");
    assertThat(text(table, key, "level3")).isEqualTo("社会保险服务");
    assertThat(amount(table, "total", "amount")).isEqualTo(wan("200.95"));
    assertThat(table.header().get(0).get(0).colSpan()).isEqualTo(3);
  }
}
