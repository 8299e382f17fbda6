package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.Finding;
import org.budgetledger.projections.checks.PriorYearChecks;

/**
 * What the import report says of last year's figures and the changes a table prints: how many were
 * checked against the table itself and how many hold, and each that does not, with its place and
 * figures. These are explained, not compared: last year's budget is not in the ledger.
 */
final class PriorYearNotes {
  private PriorYearNotes() {}

  static List<String> of(List<PriorYearFigures> tables) {
    List<String> notes = new ArrayList<>();
    for (PriorYearFigures table : tables) {
      String place = table.grid().place();
      if (table.changes().isEmpty()) {
        notes.add(place + "：上年数 " + table.earlierFigures() + " 个已读取；本表未印增减，无从核对；上年数不在账本中，不与账本比较");
        continue;
      }
      List<Finding> findings = PriorYearChecks.judge(table.changes());
      Map<CheckStatus, Integer> changes = tally(findings, PriorYearChecks.CHANGE_RULE);
      Map<CheckStatus, Integer> rates = tally(findings, PriorYearChecks.RATE_RULE);
      notes.add(
          place
              + "：上年数 "
              + table.earlierFigures()
              + " 个、增减 "
              + table.changes().size()
              + " 组按“"
              + PriorYearChecks.CHANGE_RULE
              + "”核对："
              + counted(changes)
              + (rates.isEmpty()
                  ? ""
                  : "；增减率 "
                      + sum(rates)
                      + " 个按“"
                      + PriorYearChecks.RATE_RULE
                      + "”核对："
                      + counted(rates))
              + "。上年数不在账本中：这是表内自身的核对（已说明），不是与账本比对");
      findings.stream()
          .filter(f -> f.status() == CheckStatus.FAIL || f.status() == CheckStatus.WARN)
          .forEach(f -> notes.add(f.status().chinese() + "：" + f.message()));
    }
    return notes;
  }

  private static Map<CheckStatus, Integer> tally(List<Finding> findings, String rule) {
    Map<CheckStatus, Integer> out = new TreeMap<>();
    findings.stream()
        .filter(f -> f.rule().equals(rule))
        .forEach(f -> out.merge(f.status(), 1, Integer::sum));
    return out;
  }

  private static int sum(Map<CheckStatus, Integer> tally) {
    return tally.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** 相符 410，舍入差异 3，不符 1: worst last, each status that occurs. */
  private static String counted(Map<CheckStatus, Integer> tally) {
    List<String> parts = new ArrayList<>();
    for (CheckStatus status :
        List.of(CheckStatus.PASS, CheckStatus.ROUNDING, CheckStatus.WARN, CheckStatus.FAIL)) {
      if (tally.containsKey(status)) {
        parts.add(
            (status == CheckStatus.WARN ? "无法判定" : status.chinese()) + " " + tally.get(status));
      }
    }
    return String.join("，", parts);
  }
}
