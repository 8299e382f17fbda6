package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.TagKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 三公 table printed by unit (深圳市人力资源和社会保障局 2026, 表9, p.252–258: the department's row, then each of
 * its 21 units' 2026年 rows) places each unit's items on that unit's own fiscal lines ({@link
 * UnitThreePublic}); a unit the other tables do not list is a note, never forced.
 */
class UnitThreePublicPdfPlannerTest {
  private static final String FILE = "shenzhen-2026-63d734e6.pdf";
  private static String text;

  @BeforeAll
  static void read() throws Exception {
    Path pdf = Path.of("src/test/resources/corpus/pdf/" + FILE);
    text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(FILE, Files.readAllBytes(pdf))
            .text();
  }

  /**
   * p.252 本级: 因公出国 119.00, 公务接待 14.92, 购置 18.00, 运行维护 12.00; p.253 深圳市劳动人事争议仲裁院: 公务接待 1.02, 购置
   * 18.00, 运行维护 3.00, no 因公出国. Each sum is that unit's lines, within the row's rounding.
   */
  @Test
  void eachUnitsItemsAreOnItsOwnLines() {
    ImportPlan plan = plan(text);
    List<SpendingLeg> legs = plan.command().spendingLegs();
    String own = unit(plan, "深圳市人力资源和社会保障局（本级）");
    String arbitration = unit(plan, "深圳市劳动人事争议仲裁院");

    assertThat(wan(legs, own, "30212")).isEqualTo("119.00");
    assertThat(wan(legs, own, "30217")).isEqualTo("14.92");
    assertThat(wan(legs, own, "31013")).isEqualTo("18.00");
    assertThat(wan(legs, own, "30231")).isEqualTo("12.00");
    assertThat(wan(legs, arbitration, "30212")).isEqualTo("0.00");
    assertThat(wan(legs, arbitration, "30217")).isEqualTo("1.02");
    assertThat(wan(legs, arbitration, "31013")).isEqualTo("18.00");
    assertThat(wan(legs, arbitration, "30231")).isEqualTo("3.00");
    assertThat(plan.notes()).noneMatch(n -> n.startsWith("“三公”经费表的单位"));
  }

  /**
   * A unit row naming a unit no other table lists (仲裁院's row given another name) says so and holds
   * no line: its items are recorded as printed at its grain (公务接待 1.02, 购置 18.00, 运行维护 3.00, the
   * printed 因公出国 0.00), its 小计 and 合计 not, being their sums; the department's figures still hold.
   */
  @Test
  void aUnitTheOtherTablesDoNotListIsANote() {
    String row = "-深圳市劳动人事争议仲裁院\t22.02\t0.00\t1.02\t21.00\t18.00\t3.00";
    assertThat(text).contains(row);
    String line = text.lines().filter(l -> l.endsWith(row)).findFirst().orElseThrow();
    ImportPlan plan =
        plan(text.replace(line, "X000000U000000-未列示的单位\t22.02\t0.00\t1.02\t21.00\t18.00\t3.00"));

    assertThat(plan.notes())
        .anySatisfy(n -> assertThat(n).startsWith("“三公”经费表按单位列示的 1 个单位（未列示的单位）不在本文件其他各表的支出行中"));
    assertThat(plan.command().tags())
        .filteredOn(t -> t.kind() == TagKind.THREE_PUBLIC)
        .extracting(t -> String.join("/", t.path()) + " " + t.amount().formatWan(2))
        .containsExactly(
            "X000000U000000/未列示的单位/“三公”经费/因公出国（境）费用 0.00",
            "X000000U000000/未列示的单位/“三公”经费/公务接待费 1.02",
            "X000000U000000/未列示的单位/“三公”经费/公务用车购置及运行维护费/公务用车购置费 18.00",
            "X000000U000000/未列示的单位/“三公”经费/公务用车购置及运行维护费/公务用车运行维护费 3.00");
    List<SpendingLeg> legs = plan.command().spendingLegs();
    assertThat(wan(legs, null, "30212")).isEqualTo("120.20");
    assertThat(wan(legs, null, "31013")).isEqualTo("54.00");
  }

  private static ImportPlan plan(String canonical) {
    return new ImportPlanner()
        .plan(new DisclosureDocumentParser().parse(FILE, canonical), Actor.of("importer"));
  }

  private static String unit(ImportPlan plan, String name) {
    return plan.command().units().stream()
        .filter(u -> u.name().equals(name))
        .map(u -> u.code().value())
        .findFirst()
        .orElseThrow(() -> new AssertionError(name));
  }

  /** The fiscal legs of a unit (any unit where null) on a 部门经济分类 code, in 万元 at 2 places. */
  private static String wan(List<SpendingLeg> legs, String unit, String code) {
    Predicate<SpendingLeg> which =
        l ->
            (unit == null || l.key().unit().value().equals(unit))
                && l.key().fundSource().isFiscalAppropriation()
                && l.key().deptEconomic() != null
                && l.key().deptEconomic().value().startsWith(code);
    return legs.stream()
        .filter(which)
        .map(SpendingLeg::amount)
        .reduce(Fen.ZERO, Fen::plus)
        .formatWan(2);
  }
}
