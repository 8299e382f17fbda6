package org.budgetledger.app.web;

import java.time.format.DateTimeFormatter;
import org.budgetledger.app.inquiry.provenance.TracedLeg;
import org.budgetledger.app.request.Instants;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;

/**
 * A leg behind a figure as 单元格溯源 prints it: the entry, its type, the line it touches (the
 * canonical key with the kinds and fund sources in Chinese), the exact amount (6 decimals of 万元:
 * fen), both times, who recorded it, the 文号, reason and derivation.
 */
public record LegView(String entryId, String type, String line, String amount, boolean negative,
    String effectiveDate, String recordedAt, String actor, String basisNumber,
    String basisDocument, String reason, String derivation, String reversedEntryId) {
  private static final DateTimeFormatter RECORDED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static LegView of(TracedLeg leg) {
    return new LegView(leg.entryId(), leg.type().name(), line(leg.line()), leg.amountWan(),
        leg.amountFen() < 0, leg.effectiveDate().toString(),
        RECORDED.format(leg.recordedAt().atZone(Instants.BEIJING)), leg.actor(),
        leg.basisNumber(), leg.basisDocument(), leg.reason(), derivation(leg),
        leg.reversedEntryId());
  }

  /**
   * {@code unit/function/gov/dept/KIND/FUND[/project]} for spending, {@code unit/FUND/ORIGIN} for
   * income (see {@code LineKey.canonical} and {@code IncomeKey.canonical}).
   */
  static String line(String canonical) {
    String[] p = canonical.split("/");
    if (p.length == 3) {
      return "收入 " + p[0] + " · " + FundSource.valueOf(p[1]).chinese() + " · "
          + Origin.valueOf(p[2]).chinese();
    }
    StringBuilder s = new StringBuilder("支出 ").append(p[0]).append(" · ").append(p[1]);
    if (!p[2].equals("null")) {
      s.append(" · ").append(p[2]).append(" · ").append(p[3]);
    }
    s.append(" · ").append(ExpenditureKind.valueOf(p[4]).chinese());
    if (p.length > 6) {
      s.append(" · ").append(p[6]);
    }
    return s.append(" · ").append(FundSource.valueOf(p[5]).chinese()).toString();
  }

  private static String derivation(TracedLeg leg) {
    if (leg.derivationRule() == null || leg.derivationRule().isBlank()) {
      return "";
    }
    return leg.derivationRule()
        + (leg.derivationNote() == null || leg.derivationNote().isBlank() ? ""
            : "：" + leg.derivationNote());
  }
}
