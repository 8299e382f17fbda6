package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/**
 * What a PDF prints, counted table by table: the non-zero figures under known headers, every row of
 * them, whether or not the canonical text reads the row.
 */
class TableFiguresTest {
  private static final String GUANGZHOU = "guangzhou-2026-39d6f21a.pdf";

  @Test
  void everyUnitRowOfTheIncomeTableCountsNotOnlyItsTotal() {
    // p.11: 合计 prints 5 non-zero figures (89,421.55, 83,443.78, 4,400.00, 51.56, 1,526.22) and
    // the 37 unit rows 97 more; the 单位名称 column holds names, not figures
    assertThat(figures(GUANGZHOU, "第 11 页“收入总体情况表”")).isEqualTo(102);
  }

  @Test
  void aTableNoCanonicalTableHoldsIsCountedWithoutAKind() {
    // Quanzhou p.17 2026年度一般公共预算支出经济分类情况表 (basic and project by 类): no canonical table holds it
    TableFigures byClass =
        read("quanzhou-2026-6bcadf36.pdf").stream()
            .filter(t -> t.place().equals("第 17 页“2026年度一般公共预算支出经济分类情况表”"))
            .findFirst()
            .orElseThrow();
    assertThat(byClass.kind()).isNull();
    assertThat(byClass.printed()).isEqualTo(5);
    // Jiangsu 2026 p.24 财政拨款基本支出表（经济科目） has had one since s12-basicecon
    assertThat(
            read("jiangsu-2026-17a8236f.pdf").stream()
                .filter(t -> t.place().equals("第 24 页“财政拨款基本支出表（经济科目）”"))
                .findFirst()
                .orElseThrow()
                .kind())
        .isEqualTo(TableKind.FISCAL_APPROPRIATION_BASIC);
    // Guangzhou's 部门预算基本支出预算表 (p.27) has had one since s11-basicsummary
    assertThat(
            read(GUANGZHOU).stream()
                .filter(t -> t.place().equals("第 27 页“部门预算基本支出预算表”"))
                .findFirst()
                .orElseThrow()
                .kind())
        .isEqualTo(TableKind.BASIC_EXPENDITURE_SUMMARY);
  }

  @Test
  void aBalanceSheetCountsEveryAmountWhateverItsColumnIsCalled() {
    // Shenzhen c9051f27 p.18–20 收支总表, its columns headed 2026年预算数: 9 non-zero figures on the
    // 收入 side (54,904.89 一、财政拨款 … 55,028.56 收入总计) and 28 on the 支出 side
    assertThat(figures("shenzhen-2026-c9051f27.pdf", "第 18 页“收支总表”")).isEqualTo(37);
  }

  @Test
  void zerosAndCodesAreNotFigures() {
    // p.20: 44 economic codes each with a non-zero 合计; the codes themselves are not counted
    assertThat(figures(GUANGZHOU, "第 20 页“一般公共预算基本支出情况表（按经济分类科目）”")).isEqualTo(44);
    // p.26 prints its 合计 row as 0.00 in all three columns: no figure, so no entry
    assertThat(read(GUANGZHOU)).noneMatch(t -> t.kind() == TableKind.STATE_CAPITAL_EXPENDITURE);
  }

  @Test
  void aDocumentReadAsDisclosureTextCountsNothing() throws Exception {
    var pdf = CorpusPdfs.DIR.resolve("beijing13-2026-2eda0861.pdf");
    RenderedDisclosure rendered =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(pdf.getFileName().toString(), Files.readAllBytes(pdf));
    assertThat(rendered.printedFigures()).isEmpty();
  }

  private static int figures(String file, String place) {
    return read(file).stream()
        .filter(t -> t.place().equals(place))
        .mapToInt(TableFigures::printed)
        .sum();
  }

  private static List<TableFigures> read(String file) {
    return TableFigures.of(CorpusPdfs.read(file).tables().tables());
  }
}
