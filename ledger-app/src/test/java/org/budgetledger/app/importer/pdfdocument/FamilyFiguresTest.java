package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/** Exact figures read from the corpus pages through each family's profile. */
class FamilyFiguresTest {

  static PublishedGrid table(String file, TableKind kind) {
    return CorpusPdfs.read(file).tables().tables().stream()
        .filter(t -> t.kind() == kind)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shanghaiIsInYuanAndItsThreePublicTableInWan() {
    String file = "shanghai9-2026-0afcacdd.pdf";
    PublishedGrid income = table(file, TableKind.INCOME_SUMMARY);
    PublishedGrid threePublic = table(file, TableKind.THREE_PUBLIC_EXPENSES);

    assertThat(income.unit()).isEqualTo(MoneyUnit.YUAN);
    List<PublishedCell> total = income.rowWith("合计").orElseThrow();
    assertThat(income.cell(total, "total").orElseThrow().amount())
        .isEqualTo(Fen.parseYuan("50,040,000"));
    assertThat(threePublic.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(
            threePublic.rows().get(0).stream()
                .filter(PublishedCell::isMoney)
                .findFirst()
                .orElseThrow())
        .satisfies(
            c -> {
              assertThat(c.amount()).isEqualTo(Fen.of(20_800_000L)); // 20.8 万元
              assertThat(c.decimals()).isEqualTo(1);
            });
  }

  @Test
  void beijingsExpenditureSummaryContinuesOverAPageWithItsEmptyCells() {
    PublishedGrid spending = table("beijing13-2026-2eda0861.pdf", TableKind.EXPENDITURE_SUMMARY);

    assertThat(spending.pages()).containsExactly(3, 4);
    List<PublishedCell> row = spending.rows().get(35);
    assertThat(row.get(0).page()).isEqualTo(4);
    assertThat(row.get(2).text()).isEqualTo("3021202-其他因公出国（境）费用");
    assertThat(spending.cell(row, "total").orElseThrow().amount())
        .isEqualTo(Fen.parseWan("50.332600"));
    assertThat(spending.cell(row, "project").orElseThrow().decimals()).isEqualTo(6);
    assertThat(spending.cell(row, "basic").orElseThrow().isMoney()).isFalse();
  }

  @Test
  void guangzhouPrintsCodesInBracketsBeforeTheName() {
    PublishedGrid general =
        table("guangzhou-2026-c04460f2.pdf", TableKind.GENERAL_BUDGET_EXPENDITURE);

    List<PublishedCell> row = general.rowWith("[2050302]中等职业教育").orElseThrow();
    assertThat(row.stream().filter(PublishedCell::isMoney).map(PublishedCell::amount))
        .startsWith(Fen.parseWan("26.69"));
  }
}
