package org.budgetledger.projections.checks;

import java.util.List;

/**
 * Many families print the 三公 table with 会议费 and 培训费 beside it ("“三公”经费、会议费、培训费支出预算表"), one 合计 over
 * all six. Read onto the canonical table, that 合计 is larger than the four 三公 items by the two
 * others, which the canonical table has no column for: the rule cannot tell this from a wrong 合计,
 * so a 合计 larger than its items in such a document is WARN, saying why.
 *
 * <p>Where the table prints the items' own 小计 beside its 合计 and the 会议费 and 培训费 columns, those are
 * read and rule 7 adds them ({@code TagAndPerformanceRules}): the rule above is not run and nothing
 * is marked. This stays for a 合计 printed without that 小计, whose other terms no column names.
 */
final class MeetingsInThreePublic {
  static final String RULE = "“三公”经费 总额 = 因公出国 + 公务接待 + 公务用车购置 + 运行维护";

  private MeetingsInThreePublic() {}

  static void mark(CheckedDocument document, List<Finding> findings) {
    if (document.text().stream().noneMatch(l -> titlesMeetings(l.text()))) {
      return;
    }
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.status() == CheckStatus.FAIL
          && f.rule().equals(RULE)
          && f.difference() != null
          && f.difference().isPositive()) {
        findings.set(
            i,
            new Finding(
                f.rule(),
                f.kind(),
                CheckStatus.WARN,
                f.message() + "本文件的“三公”经费表同时列会议费、培训费，其合计可能含此两项（本表无此两列），无法判定。",
                f.place(),
                f.figures(),
                f.difference(),
                f.toleranceFen()));
      }
    }
  }

  /** A table title naming 三公 with 会议费 or 培训费. */
  private static boolean titlesMeetings(String line) {
    String text = line.replaceAll("\\s+", "");
    return text.contains("三公")
        && (text.contains("会议费") || text.contains("培训费"))
        && (text.endsWith("表") || text.contains("表（"));
  }
}
