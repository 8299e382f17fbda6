package org.budgetledger.app.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.budgetledger.app.inquiry.provenance.TracedLeg;
import org.budgetledger.app.request.Instants;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A leg behind a figure as 单元格溯源 prints it: the entry, its type, the line it touches (the canonical
 * key with the kinds and fund sources in Chinese), the exact amount (in the unit of the table or
 * document it is shown for, to the fen: 2 decimals of 元, 6 of 万元), both times, who recorded it, the
 * 文号, reason and derivation.
 */
public record LegView(
    String entryId,
    String type,
    String line,
    String amount,
    boolean negative,
    String effectiveDate,
    String recordedAt,
    String actor,
    String basisNumber,
    String basisDocument,
    String reason,
    String derivation,
    String reversedEntryId,
    boolean spending) {
  private static final DateTimeFormatter RECORDED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * {@code words}: a message key ({@code side.SPENDING}, {@code kind.PROJECT}, …) in the page's
   * language.
   */
  static LegView of(TracedLeg leg, MoneyUnit unit, Function<String, String> words) {
    return new LegView(
        leg.entryId(),
        leg.type().name(),
        line(leg.line(), words),
        unit.exact(leg.amountFen()),
        leg.amountFen() < 0,
        leg.effectiveDate().toString(),
        RECORDED.format(leg.recordedAt().atZone(Instants.BEIJING)),
        leg.actor(),
        leg.basisNumber(),
        leg.basisDocument(),
        leg.reason(),
        derivation(leg),
        leg.reversedEntryId(),
        leg.line().split("/").length != 3);
  }

  /** The words of the page's language, for {@link #of}. */
  static Function<String, String> words(MessageSource messages) {
    Locale locale = LocaleContextHolder.getLocale();
    return key -> messages.getMessage(key, null, key, locale);
  }

  /**
   * {@code unit/function/gov/dept/KIND/FUND[/project]} for spending, {@code unit/FUND/ORIGIN} for
   * income (see {@code LineKey.canonical} and {@code IncomeKey.canonical}).
   */
  static String line(String canonical, Function<String, String> words) {
    String[] p = canonical.split("/");
    if (p.length == 3) {
      return words.apply("side.INCOME")
          + " "
          + p[0]
          + " · "
          + words.apply("fundSource." + p[1])
          + " · "
          + words.apply("origin." + p[2]);
    }
    StringBuilder s =
        new StringBuilder(words.apply("side.SPENDING"))
            .append(' ')
            .append(p[0])
            .append(" · ")
            .append(p[1]);
    if (!p[2].equals("null")) {
      s.append(" · ").append(p[2]).append(" · ").append(p[3]);
    }
    s.append(" · ").append(words.apply("kind." + p[4]));
    if (p.length > 6) {
      s.append(" · ").append(p[6]);
    }
    return s.append(" · ").append(words.apply("fundSource." + p[5])).toString();
  }

  private static String derivation(TracedLeg leg) {
    if (leg.derivationRule() == null || leg.derivationRule().isBlank()) {
      return "";
    }
    return leg.derivationRule()
        + (leg.derivationNote() == null || leg.derivationNote().isBlank()
            ? ""
            : "：" + leg.derivationNote());
  }
}
