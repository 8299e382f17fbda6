package org.budgetledger.projections.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;

/** 勾稽核对 names a rule's rows and columns by what the tables print, never by internal keys. */
class RuleTextTest {
  private final RuleText text = new RuleText();

  @Test
  void namesTheColumnOfARowSumByItsLabel() {
    RuleCheck check =
        RuleCheck.of(
            3,
            "支出总表 各行之和 = 合计行（project）",
            List.of(figure("total", "project", "预算03表 合 计 / 项目支出", 100)),
            List.of(figure("2101501|50201|30201", "project", "预算03表 2101501 / 项目支出", 100)));
    assertThat(text.of(check)).isEqualTo("支出总表 各行之和 = 合计行（项目支出）");
  }

  @Test
  void namesTheRowOfACheckPerRow() {
    RuleCheck check =
        RuleCheck.of(
            2,
            "收入总表 合计 = 本年收入小计 + 上年结转结余小计（total）",
            List.of(figure("total", "total", "预算02表 合计 / 合计", 5)),
            List.of(figure("total", "currentYear", "预算02表 合计 / 本年收入小计", 5)));
    assertThat(text.of(check)).isEqualTo("收入总表 合计 = 本年收入小计 + 上年结转结余小计（合计）");
  }

  @Test
  void namesAFigureQuotedInTheNarrativeByItsWords() {
    RuleCheck check =
        RuleCheck.of(
            7,
            "情况说明 threePublic.vehicleOperation = 表中数",
            List.of(
                new RuleFigure(
                    null,
                    "narrative:threePublic.vehicleOperation",
                    "",
                    "情况说明 公务用车运行维护费",
                    Fen.of(7),
                    2,
                    0)),
            List.of(figure("vehicleOperation", "amount", "预算09表 公务用车运行维护费 / 金额", 7)));
    assertThat(text.of(check)).isEqualTo("情况说明 公务用车运行维护费 = 表中数");
  }

  private static RuleFigure figure(String row, String column, String label, long fen) {
    return new RuleFigure(TableKind.EXPENDITURE_SUMMARY, row, column, label, Fen.of(fen), 6, 0);
  }
}
