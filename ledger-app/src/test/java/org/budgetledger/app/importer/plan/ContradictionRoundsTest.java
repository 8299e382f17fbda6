package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.core.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * The district seed with its 收支总表 卫生健康支出 row raised from 42,881.52 to 42,882.52 万元: one total
 * contradicting its items, which the planner sets aside in one round and imports as published. A
 * planner allowed no round refuses it instead, naming the contradiction, as a hostile document of
 * more nested contradictions than the limit is refused.
 */
class ContradictionRoundsTest {
  static final String DISTRICT = "2026-dongcheng-district-healthcare-security-bureau.txt";

  static ParseResult contradicted() throws IOException {
    String text = Files.readString(Path.of("..", "seeds", DISTRICT));
    String raised = text.replaceFirst("(十、卫生健康支出\\t)42,881\\.52", "$142,882.52");
    assertThat(raised).isNotEqualTo(text);
    return new DisclosureDocumentParser().parse(DISTRICT, raised);
  }

  @Test
  void aContradictedTotalIsSetAsideWithinTheRounds() throws IOException {
    ImportPlan plan = new ImportPlanner().plan(contradicted(), Actor.of("importer"));

    assertThat(plan.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("收支总表 第 61 行 / 卫生健康支出 印 42,882.520000 万元，其明细合计 42,881.518875 万元")
                    .contains("合计与明细不符"));
  }

  @Test
  void contradictionsPastTheRoundLimitAreRefusedByName() {
    assertThatThrownBy(() -> new ImportPlanner(0).plan(contradicted(), Actor.of("importer")))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.kind())
                              .isEqualTo(ProblemKind.TOO_MANY_CONTRADICTIONS.code());
                          assertThat(p.fileName()).isEqualTo(DISTRICT);
                          assertThat(p.text().chinese()).contains("上限 0 轮").contains("未导入任何内容");
                        }));
  }
}
