package org.budgetledger.app.importer.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.ReconciliationRules;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.reconciliation.RuleText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shenzhen 63d734e6's 三公 table by unit (表9, p.252–258): its 21 units' 2026年 rows add up to the
 * department's row item by item, within the rounding of their figures; a unit's row changed by 2.00
 * is a finding naming the item, the units' sum and the department's printed figure.
 */
class ThreePublicUnitRulesPdfTest {
  private static final String FILE = "shenzhen-2026-63d734e6.pdf";
  private static final String STATEMENT = "“三公”经费 各单位行之和 = 部门行";
  private static String text;

  @BeforeAll
  static void read() throws Exception {
    Path pdf = Path.of("src/test/resources/corpus/pdf/" + FILE);
    text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(FILE, Files.readAllBytes(pdf))
            .text();
  }

  private static Map<String, RuleCheck> unitSums(String canonical) {
    var parsed = new DisclosureDocumentParser().parse(FILE, canonical);
    List<RuleCheck> checks = ReconciliationRules.check(PublishedTables.tableSet(parsed));
    return checks.stream()
        .filter(c -> c.statement().startsWith(STATEMENT))
        .collect(Collectors.toMap(c -> c.statement().substring(STATEMENT.length()), c -> c));
  }

  /**
   * p.252: the department's 299.23 = 120.20 + 24.23 + 154.80 (54.00 + 100.80); its 21 units' rows
   * add to 299.24 and 24.24, a fen over, within half a printed unit per unit's figure; the other
   * items exactly.
   */
  @Test
  void printedUnitsAddUpToTheDepartmentWithinRounding() {
    Map<String, RuleCheck> sums = unitSums(text);
    assertThat(sums)
        .containsOnlyKeys(
            "（total）",
            "（abroad）",
            "（reception）",
            "（vehicles）",
            "（vehiclePurchase）",
            "（vehicleOperation）");
    RuleCheck total = sums.get("（total）");
    assertThat(total.status()).isEqualTo(RuleStatus.ROUNDING);
    assertThat(total.left()).isEqualTo(Fen.parseWan("299.23"));
    assertThat(total.right()).isEqualTo(Fen.parseWan("299.24"));
    assertThat(total.rightFigures()).hasSize(21);
    assertThat(total.roundedTerms()).isEqualTo(18);
    assertThat(total.toleranceFen()).isEqualTo(Fen.parseWan("0.09").value());
    assertThat(sums.get("（reception）").right()).isEqualTo(Fen.parseWan("24.24"));
    assertThat(sums.get("（reception）").status()).isEqualTo(RuleStatus.ROUNDING);
    assertThat(sums.get("（abroad）").right()).isEqualTo(Fen.parseWan("120.20"));
    assertThat(sums.get("（vehiclePurchase）").right()).isEqualTo(Fen.parseWan("54.00"));
    assertThat(sums.get("（vehicleOperation）").right()).isEqualTo(Fen.parseWan("100.80"));
    assertThat(sums.get("（vehicles）").status()).isEqualTo(RuleStatus.PASS);
  }

  /**
   * p.253 深圳市劳动人事争议仲裁院's 公务接待 1.02 printed as 3.02: the units' sum is 2.00 over the department's.
   */
  @Test
  void aUnitRowThatDoesNotAddUpIsAFindingNamingTheItem() {
    String row = "-深圳市劳动人事争议仲裁院\t22.02\t0.00\t1.02\t21.00\t18.00\t3.00";
    assertThat(text).contains(row);
    Map<String, RuleCheck> sums = unitSums(text.replace(row, row.replace("\t1.02\t", "\t3.02\t")));
    RuleCheck reception = sums.get("（reception）");
    assertThat(reception.status()).isEqualTo(RuleStatus.FAIL);
    assertThat(reception.left()).isEqualTo(Fen.parseWan("24.23"));
    assertThat(reception.right()).isEqualTo(Fen.parseWan("26.24"));
    assertThat(new RuleText().of(reception)).isEqualTo("“三公”经费 各单位行之和 = 部门行（公务接待费）");
    assertThat(sums.get("（total）").status()).isEqualTo(RuleStatus.ROUNDING);
    assertThat(sums.get("（abroad）").status()).isEqualTo(RuleStatus.PASS);
  }
}
