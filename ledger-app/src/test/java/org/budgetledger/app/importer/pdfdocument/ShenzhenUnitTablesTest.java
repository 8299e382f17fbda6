package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.junit.jupiter.api.Test;

/**
 * Shenzhen's 支出总表 as the canonical text writes it: its row total is the column headed 支出总计 (the
 * 政府采购 小计 further right is another figure), and a table listed unit by unit under its 预算单位 column
 * gives one line per code, the units' rows of that code added up exactly as printed.
 */
class ShenzhenUnitTablesTest {
  private static String canonicalText(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(CorpusPdfs.DIR.resolve(file));
    return new PdfDisclosureReader(LayoutProfiles.builtIn()).read(file, bytes).text();
  }

  @Test
  void readsTheRowTotalFromTheColumnHeaded支出总计() throws Exception {
    String text = canonicalText("shenzhen-2026-c9051f27.pdf");
    // page 22: 2050803 培训支出 支出总计 16.38, 基本支出 0.00, 项目支出 16.38 (政府采购 小计 0.00)
    assertThat(text).contains("2050803-培训支出\t16.38\t0.00\t16.38\t0.00\t0.00\t0.00\n");
    // the 支出总表 continued on pages 23 and 24: 2101101 行政单位医疗 58.00 on page 24
    assertThat(text).contains("2101101-行政单位医疗\t58.00\t58.00\t0.00\t0.00\t0.00\t0.00\n");
  }

  @Test
  void addsUpTheRowsOfOneCodeOverTheUnitsOfTheDepartment() throws Exception {
    String text = canonicalText("shenzhen-2026-63d734e6.pdf");
    String expenditure = text.substring(text.indexOf("预算03表"), text.indexOf("预算04表"));
    // 17 units print 2050803 培训支出 (45.92 on page 65 … 1.44 on page 111): 150.56 in all,
    // 基本支出 33.94, 项目支出 116.63 (收支总表 prints the class's 培训支出 150.55, within rounding); written
    // term by term (PrintedSum) since s12-szecon, so that each sum keeps its 17 rounded terms
    assertThat(expenditure)
        .contains(
            "2050803-培训支出\t45.92+3.08+9.48+1.00+0.50+63.13+12.05+1.00+3.00+0.50+2.00+0.80+2.00"
                + "+2.20+2.00+0.46+1.44\t");
    String row =
        Arrays.stream(expenditure.split("\n"))
            .filter(l -> l.startsWith("2050803-"))
            .findFirst()
            .orElseThrow();
    assertThat(row.split("\t")[1].split("\\+")).hasSize(17);
    assertThat(Arrays.stream(expenditure.split("\n")).filter(l -> l.startsWith("2050803-")))
        .hasSize(1);
  }

  @Test
  void namesEachUnitOfTheGeneralBudgetTableByACodeDerivedFromItsName() throws Exception {
    String text = canonicalText("shenzhen-2026-63d734e6.pdf");
    String general = text.substring(text.indexOf("预算05表"));
    // the department's code from its name, U, then the first 6 hex digits of SHA-256 of the unit's
    String unit =
        DocumentCodes.derivedDepartmentCode("深圳市人力资源和社会保障局")
            + "U"
            + DocumentCodes.derivedDepartmentCode("深圳市考试院").substring(1);
    assertThat(UnitBlocks.unitCode("深圳市人力资源和社会保障局", "深圳市考试院")).isEqualTo(unit);
    assertThat(general).startsWith("预算05表").contains("\n" + unit + "-深圳市考试院\t");
  }

  @Test
  void writesEachUnitsOwnRowAboveItsItemsWithoutACode() throws Exception {
    String text = canonicalText("shenzhen-2026-63d734e6.pdf");
    int from = text.indexOf("预算05表");
    int next = text.indexOf("\n预算", from);
    String general = text.substring(from, next < 0 ? text.length() : next);
    String unit = UnitBlocks.unitCode("深圳市人力资源和社会保障局", "深圳市人力资源和社会保障局（本级）") + "-深圳市人力资源和社会保障局（本级）";
    List<String> lines = Arrays.asList(general.split("\n"));
    int at =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith(unit + "\t\t\t"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(unit)));
    // p.164: 本级 支出总计 150,489.93, 基本支出 14,270.17, 项目支出 136,219.77, then its first item 205
    String[] cells = lines.get(at).replace(",", "").split("\t", -1);
    assertThat(cells[3]).isEqualTo("150489.93");
    assertThat(cells[4]).isEqualTo("14270.17");
    assertThat(cells[7]).isEqualTo("136219.77");
    assertThat(lines.get(at + 1)).startsWith(unit + "\t205\t教育支出\t13,184.10");
    // one such row per unit: the department's own row (p.164, 535,744.34) is the 合计, not a unit
    assertThat(lines.stream().filter(l -> l.matches("[^\t]+\t\t\t.*"))).hasSize(21);
  }
}
