package org.budgetledger.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.checks.CheckKind;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.CheckedDocument;
import org.budgetledger.projections.checks.DocumentChecks;
import org.budgetledger.projections.checks.Finding;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

/**
 * A blank cell in a real table (the trap that shifts a row's figures one column left): 无锡市教育局's
 * 公开07表 一般公共预算支出表 (p.25-26) prints 2050101 行政运行 without 项目支出, 2080505 with 人员经费 alone and 2069999
 * with 项目支出 alone. Each blank reads as absent, each printed figure stays in its column, and the sum
 * rules over every row hold.
 */
class BlankCellTest {
  private static final String FILE = "jiangsu-2026-17a8236f.pdf";

  @Test
  void blankCellsReadAsAbsentAndTheSumsHold() {
    CheckedDocument document = DocumentSources.read(CorpusTextChecksTest.PDF.resolve(FILE));
    // 2050101 行政运行 1,631.11 | 小计 1,631.11 | 人员经费 1,495.82 | 公用经费 135.29 | 项目支出 (blank)
    assertRow(document, "2050101", 1_631_110_000L, 1_631_110_000L, 1_495_820_000L, 135_290_000L, 0);
    // 2080505 机关事业单位基本养老保险缴费支出 19,037.31 | 19,037.31 | 19,037.31 | (blank) | (blank)
    assertRow(document, "2080505", 19_037_310_000L, 19_037_310_000L, 19_037_310_000L, 0, 0);
    // 2069999 其他科学技术支出 43,950.00 | (blank) | (blank) | (blank) | 43,950.00
    assertRow(document, "2069999", 43_950_000_000L, 0, 0, 0, 43_950_000_000L);

    // A blank read as a figure of the next column would break the column sums against 合计
    // (p.25: 475,631.69 | 262,303.68 | 17,323.61 | 196,004.40); they hold to the fen.
    List<Finding> sums =
        DocumentChecks.standard().run(document).findings().stream()
            .filter(f -> f.kind() == CheckKind.HIERARCHY)
            .filter(f -> f.rule().startsWith("一般公共预算支出表 各行之和 = 合计行"))
            .toList();
    assertThat(sums)
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder(
            "一般公共预算支出表 各行之和 = 合计行（合计）",
            // 基本支出/小计, read since s11-fnbasic (小计 under 基本支出 is 基本支出)
            "一般公共预算支出表 各行之和 = 合计行（基本支出小计）",
            "一般公共预算支出表 各行之和 = 合计行（人员经费）",
            "一般公共预算支出表 各行之和 = 合计行（公用经费）",
            "一般公共预算支出表 各行之和 = 合计行（项目支出总数）");
    assertThat(sums).allMatch(f -> f.status() == CheckStatus.PASS, "every column sum passes");
    assertThat(sums)
        .extracting(f -> f.figures().get(0).amount())
        .containsExactlyInAnyOrder(
            Fen.of(475_631_690_000L),
            Fen.of(279_627_290_000L),
            Fen.of(262_303_680_000L),
            Fen.of(17_323_610_000L),
            Fen.of(196_004_400_000L));
  }

  private static void assertRow(
      CheckedDocument document,
      String code,
      long total,
      long basic,
      long personnel,
      long publicCosts,
      long project) {
    TableRow row =
        document.tables().table(TableKind.GENERAL_BUDGET_EXPENDITURE).orElseThrow().rows().stream()
            .filter(r -> r.cell("functionCode").map(TableCell::text).orElse("").equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError(code + " not read"));
    assertThat(amount(row, "total")).as(code + " total").isEqualTo(Fen.of(total));
    assertThat(amount(row, "personnel")).as(code + " personnel").isEqualTo(Fen.of(personnel));
    assertThat(amount(row, "public")).as(code + " public").isEqualTo(Fen.of(publicCosts));
    assertThat(amount(row, "project")).as(code + " project").isEqualTo(Fen.of(project));
    if (row.cell("basic").filter(TableCell::isMoney).isPresent()) {
      assertThat(amount(row, "basic")).as(code + " basic").isEqualTo(Fen.of(basic));
    }
  }

  private static Fen amount(TableRow row, String column) {
    return row.cell(column).filter(TableCell::isMoney).map(TableCell::amount).orElse(Fen.ZERO);
  }
}
