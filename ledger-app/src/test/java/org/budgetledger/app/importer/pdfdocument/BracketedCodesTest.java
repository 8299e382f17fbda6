package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.budgetledger.app.importer.codes.BracketedCode;
import org.budgetledger.app.importer.codes.NameReading;
import org.budgetledger.app.importer.layout.CodePrinting;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/** Guangzhou's {@code [2060503]name} cells read as code and name, on both corpus documents. */
class BracketedCodesTest {

  @Test
  void ecologyBureauPrintsItsScienceItemInBrackets() {
    PublishedGrid general =
        FamilyFiguresTest.table(
            "guangzhou-2026-39d6f21a.pdf", TableKind.GENERAL_BUDGET_EXPENDITURE);
    List<PublishedCell> row = general.rowWith("[2060503]科技条件专项").orElseThrow();

    assertThat(BracketedCode.parse(row.get(0).text()))
        .contains(new BracketedCode("2060503", "科技条件专项"));
    assertThat(general.cell(row, "total").orElseThrow().amount()).isEqualTo(Fen.parseWan("537.48"));
    assertThat(row.get(0).page()).isEqualTo(18);
  }

  @Test
  void civilAffairsBureauPrintsClassSectionAndItemInBrackets() {
    PublishedGrid general =
        FamilyFiguresTest.table(
            "guangzhou-2026-c04460f2.pdf", TableKind.GENERAL_BUDGET_EXPENDITURE);
    NameReading reading = PublishedNames.codes(general, CodePrinting.BRACKETED, 2026);

    assertThat(reading.codes().subList(0, 4))
        .containsExactly(
            Optional.empty(), Optional.of("205"), Optional.of("20503"), Optional.of("2050302"));
    assertThat(BracketedCode.parse(general.rows().get(3).get(0).text()).orElseThrow().name())
        .isEqualTo("中等职业教育");
  }

  @Test
  void everyBracketedCellOfBothDocumentsIsACodeUnderTheRowAbove() {
    for (String file : List.of("guangzhou-2026-39d6f21a.pdf", "guangzhou-2026-c04460f2.pdf")) {
      PublishedGrid general = FamilyFiguresTest.table(file, TableKind.GENERAL_BUDGET_EXPENDITURE);
      NameReading reading = PublishedNames.codes(general, CodePrinting.BRACKETED, 2026);
      String parent = "";
      int coded = 0;
      for (Optional<String> code : reading.codes()) {
        if (code.isEmpty()) {
          continue;
        }
        String c = code.get();
        assertThat(c.length() == 3 || c.startsWith(parent.substring(0, c.length() - 2)))
            .as(file + " " + c + " under " + parent)
            .isTrue();
        parent = c.length() == 7 ? parent : c;
        coded++;
      }
      assertThat(coded).as(file).isGreaterThan(30);
    }
  }

  @Test
  void aBracketedClassNamesItsCatalogueClass() {
    PublishedGrid general =
        FamilyFiguresTest.table(
            "guangzhou-2026-39d6f21a.pdf", TableKind.GENERAL_BUDGET_EXPENDITURE);
    BracketedCode code = BracketedCode.parse(general.rows().get(1).get(0).text()).orElseThrow();

    assertThat(code).isEqualTo(new BracketedCode("201", "一般公共服务支出"));
    assertThat(Catalogues.standard().function().isNameIn(code.code(), code.name(), 2026)).isTrue();
    assertThat(BracketedCode.parse("合计")).isEmpty();
    assertThat(BracketedCode.parse("[20 60503]科技条件 专项"))
        .contains(new BracketedCode("2060503", "科技条件专项"));
  }
}
