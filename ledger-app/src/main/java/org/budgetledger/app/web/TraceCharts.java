package org.budgetledger.app.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.budgetledger.app.inquiry.provenance.CellHistory;
import org.budgetledger.app.inquiry.provenance.HistoryStep;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.springframework.context.MessageSource;

/**
 * The data of the two charts of 单元格溯源, in 万元: the value over effective dates (a step line) and the
 * waterfall from the 年初预算 through each adjustment to the value shown. A waterfall bar stands on an
 * invisible base: the lower of the values before and after the entry. The steps and their running
 * values are {@link org.budgetledger.app.inquiry.provenance.CellTrace#history}'s.
 */
final class TraceCharts {
  private TraceCharts() {}

  static Map<String, Object> of(
      CellHistory history, LocalDate until, int decimals, MessageSource messages, Locale locale) {
    List<Object[]> timeline = new ArrayList<>();
    for (HistoryStep s : history.steps()) {
      timeline.add(
          new Object[] {
            s.effectiveDate().toString(),
            wan(Fen.of(s.runningFen())),
            s.entryId(),
            type(messages, locale, s)
          });
    }
    // The line runs on to the end of the period shown, so the last step reads as a level.
    if (!history.steps().isEmpty()
        && until.isAfter(history.steps().get(history.steps().size() - 1).effectiveDate())) {
      timeline.add(
          new Object[] {
            until.toString(),
            wan(Fen.of(history.finalFen())),
            "",
            messages.getMessage("trace.valueOn", new Object[] {until.toString()}, locale)
          });
    }
    List<String> labels = new ArrayList<>();
    List<BigDecimal> base = new ArrayList<>();
    List<BigDecimal> rise = new ArrayList<>();
    List<BigDecimal> fall = new ArrayList<>();
    List<BigDecimal> total = new ArrayList<>();
    labels.add(messages.getMessage("entryType.INITIAL_BUDGET", null, locale));
    Fen initial =
        history.steps().stream()
            .filter(s -> s.type() == EntryType.INITIAL_BUDGET)
            .map(s -> Fen.of(s.deltaFen()))
            .reduce(Fen.ZERO, Fen::plus);
    add(base, rise, fall, total, Fen.ZERO, Fen.ZERO, initial, true);
    Fen running = initial;
    for (HistoryStep s : history.steps()) {
      if (s.type() == EntryType.INITIAL_BUDGET) {
        continue;
      }
      labels.add(type(messages, locale, s) + "\n" + s.effectiveDate());
      Fen delta = Fen.of(s.deltaFen());
      Fen after = running.plus(delta);
      Fen low = running.compareTo(after) < 0 ? running : after;
      add(base, rise, fall, total, low, delta, Fen.ZERO, false);
      running = after;
    }
    // The last bar is the figure on the date the page shows, named by that date.
    labels.add(messages.getMessage("trace.valueOn", new Object[] {until.toString()}, locale));
    add(base, rise, fall, total, Fen.ZERO, Fen.ZERO, running, true);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("timeline", timeline);
    data.put("labels", labels);
    data.put("base", base);
    data.put("rise", rise);
    data.put("fall", fall);
    data.put("total", total);
    // Labels print at the document's decimals, as its tables do.
    data.put("decimals", decimals);
    return data;
  }

  private static void add(
      List<BigDecimal> base,
      List<BigDecimal> rise,
      List<BigDecimal> fall,
      List<BigDecimal> total,
      Fen low,
      Fen delta,
      Fen whole,
      boolean isTotal) {
    base.add(wan(low));
    rise.add(isTotal || !delta.isPositive() ? null : wan(delta));
    fall.add(isTotal || !delta.isNegative() ? null : wan(delta.abs()));
    total.add(isTotal ? wan(whole) : null);
  }

  private static String type(MessageSource messages, Locale locale, HistoryStep s) {
    return messages.getMessage("entryType." + s.type().name(), null, s.type().chinese(), locale);
  }

  private static BigDecimal wan(Fen amount) {
    return amount.toWan(6).stripTrailingZeros();
  }
}
