package org.budgetledger.app.web;

import java.time.format.DateTimeFormatter;
import org.budgetledger.app.api.Instants;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.projections.entries.LegRow;

/**
 * A leg behind a figure as 单元格溯源 prints it: the entry, its type, the line it touches, the exact
 * amount (6 decimals of 万元: fen), both times, who recorded it, the 文号, reason and derivation.
 */
public record LegView(String entryId, String type, String line, String amount, boolean negative,
    String effectiveDate, String recordedAt, String actor, String basisNumber,
    String basisDocument, String reason, String derivation, String reversedEntryId) {
  private static final DateTimeFormatter RECORDED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static LegView of(LegRow leg) {
    Fen amount = Fen.of(leg.amountFen());
    return new LegView(leg.entryId(), leg.entryType().name(),
        leg.isSpending() ? line(leg.line()) : income(leg.income()), amount.formatWan(6),
        amount.isNegative(), leg.effectiveDate().toString(),
        RECORDED.format(leg.recordedAt().atZone(Instants.BEIJING)), leg.actor(),
        leg.basisNumber(), leg.basisDocument(), leg.reason(), derivation(leg),
        leg.reversedEntryId());
  }

  private static String line(LineKey k) {
    StringBuilder s = new StringBuilder("支出 ").append(k.unit()).append(" · ").append(k.function());
    if (k.govEconomic() != null) {
      s.append(" · ").append(k.govEconomic()).append(" · ").append(k.deptEconomic());
    }
    s.append(" · ").append(k.kind().chinese());
    if (k.project() != null) {
      s.append(" · ").append(k.project().code()).append('-').append(k.project().name());
    }
    return s.append(" · ").append(k.fundSource().chinese()).toString();
  }

  private static String income(IncomeKey k) {
    return "收入 " + k.unit() + " · " + k.fundSource().chinese() + " · " + k.origin().chinese();
  }

  private static String derivation(LegRow leg) {
    if (leg.derivationRule() == null || leg.derivationRule().isBlank()) {
      return "";
    }
    return leg.derivationRule()
        + (leg.derivationNote() == null || leg.derivationNote().isBlank() ? ""
            : "：" + leg.derivationNote());
  }
}
