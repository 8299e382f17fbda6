package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureException;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Fen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A contradicted total of a table in 元 is noted in 元: 上海市普陀区商务委员会 2025 as the importer stores it
 * (tables in 元), with the first 类 of its 收支总表 raised by 100 元 over its items. The import sets that
 * total aside and its note gives both figures in the table's own unit, not in 万元.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:shanghaicontradicted;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class Shanghai9ContradictedTotalTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/shanghai9-2025-ee47ac5b.pdf");

  @Autowired DisclosureImporter importer;

  @Test
  void aTotalInYuanThatExceedsItsItemsIsNotedInYuan() throws IOException, PdfDisclosureException {
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(PDF.getFileName().toString(), Files.readAllBytes(PDF))
            .text();
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = firstClassRowOfTheSummary(lines);
    String[] cells = lines.get(at).split("\t", -1);
    String printed = cells[3];
    BigDecimal raised = new BigDecimal(printed.replace(",", "")).add(BigDecimal.valueOf(100));
    cells[3] = raised.toPlainString();
    lines.set(at, String.join("\t", cells));

    ImportReport imported =
        importer.importText("shanghai9-contradicted.txt", String.join("\n", lines), Actor.of("t"));

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    String expected =
        " 印 "
            + Fen.parseYuan(raised.toPlainString()).formatYuan(2)
            + " 元，其明细合计 "
            + Fen.parseYuan(printed.replace(",", "")).formatYuan(2)
            + " 元：合计与明细不符";
    assertThat(imported.notes())
        .anySatisfy(
            n -> {
              assertThat(n)
                  .startsWith("收支总表 第 " + (at + 1) + " 行 / ")
                  .contains(cells[2].replaceFirst("^([一二三四五六七八九十]+|\\d+)、", ""));
              assertThat(n).contains(expected).doesNotContain("万元");
            });
  }

  /** The first 类 row of the stored 收支总表 that prints an amount: spending label and figure. */
  private static int firstClassRowOfTheSummary(List<String> lines) {
    int start = lines.indexOf("预算01表 收支总表");
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("预算02表"); i++) {
      String[] cells = lines.get(i).split("\t", -1);
      if (cells.length == 4 && cells[2].endsWith("支出") && !cells[3].isBlank()) {
        return i;
      }
    }
    throw new AssertionError("no 类 row with a figure in the stored 收支总表");
  }
}
