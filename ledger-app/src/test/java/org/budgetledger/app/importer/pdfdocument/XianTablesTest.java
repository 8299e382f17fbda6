package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.junit.jupiter.api.Test;

/**
 * Xi'an 2022 numbers its printed rows (序号 1, 2, …) in a first column the profile names {@code
 * rowNumber}: never a figure, and not counted when 收支总表 is read by position.
 */
class XianTablesTest {
  private static final String FILE = "xian-2022-e183be6a.pdf";

  @Test
  void readsNoRowNumberAsAFigure() {
    List<PublishedGrid> grids = CorpusPdfs.read(FILE).tables().tables();
    PublishedGrid balance = grids.get(0);
    assertThat(balance.title()).contains("部门综合预算收支总表");
    assertThat(balance.measures().get(0)).isEqualTo("rowNumber");
    // page 40, row 1: 序号 1 is text; 3720011901.80 元 beside 一、部门预算 is the first figure
    assertThat(balance.rows().get(0).get(0).isMoney()).isFalse();
    assertThat(balance.rows().get(0).get(2).amount().value()).isEqualTo(372_001_190_180L);
  }

  @Test
  void readsTheBalanceSheetByPositionWithoutTheRowNumber() throws Exception {
    byte[] bytes = Files.readAllBytes(CorpusPdfs.DIR.resolve(FILE));
    String text = new PdfDisclosureReader(LayoutProfiles.builtIn()).read(FILE, bytes).text();
    // page 40, row 3: (1)一般公共预算拨款 640224693.80 beside 2、外交支出 0.00
    assertThat(text).contains("\t640224693.80\t2、外交支出\t0.00\n");
  }
}
