package org.budgetledger.app.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.budgetledger.app.inquiry.provenance.CellHistory;
import org.budgetledger.app.inquiry.provenance.HistoryStep;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.context.MessageSource;

/**
 * The data of the two charts of 单元格溯源, in the unit of the cell's table (元 or 万元), exact: the value
 * over effective dates (a step line) and the waterfall from the 年初预算 through each adjustment to the
 * value shown. A waterfall bar stands on an invisible base: the lower of the values before and
 * after the entry. The steps and their running values are {@link
 * org.budgetledger.app.inquiry.provenance.CellTrace#history}'s.
 */
final class TraceCharts {
  private TraceCharts() {}

  static Map<String, Object> of(
      CellHistory history,
      LocalDate until,
      MoneyUnit unit,
      int decimals,
      MessageSource messages,
      Locale locale) {
    Function<Fen, BigDecimal> number = unit::number;
    List<Object[]> timeline = new ArrayList<>();
    for (HistoryStep s : history.steps()) {
      timeline.add(
          new Object[] {
            s.effectiveDate().toString(),
            number.apply(Fen.of(s.runningFen())),
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
            number.apply(Fen.of(history.finalFen())),
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
    add(number, base, rise, fall, total, Fen.ZERO, Fen.ZERO, initial, true);
    Fen running = initial;
    for (HistoryStep s : history.steps()) {
      if (s.type() == EntryType.INITIAL_BUDGET) {
        continue;
      }
      labels.add(type(messages, locale, s) + "\n" + s.effectiveDate());
      Fen delta = Fen.of(s.deltaFen());
      Fen after = running.plus(delta);
      Fen low = running.compareTo(after) < 0 ? running : after;
      add(number, base, rise, fall, total, low, delta, Fen.ZERO, false);
      running = after;
    }
    // The last bar is the figure on the date the page shows, named by that date.
    labels.add(messages.getMessage("trace.valueOn", new Object[] {until.toString()}, locale));
    add(number, base, rise, fall, total, Fen.ZERO, Fen.ZERO, running, true);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("timeline", timeline);
    data.put("labels", labels);
    data.put("base", base);
    data.put("rise", rise);
    data.put("fall", fall);
    data.put("total", total);
    // Labels print at the table's decimals, as it does.
    data.put("decimals", decimals);
    return data;
  }

  private static void add(
      Function<Fen, BigDecimal> number,
      List<BigDecimal> base,
      List<BigDecimal> rise,
      List<BigDecimal> fall,
      List<BigDecimal> total,
      Fen low,
      Fen delta,
      Fen whole,
      boolean isTotal) {
    base.add(number.apply(low));
    rise.add(isTotal || !delta.isPositive() ? null : number.apply(delta));
    fall.add(isTotal || !delta.isNegative() ? null : number.apply(delta.abs()));
    total.add(isTotal ? number.apply(whole) : null);
  }

  private static String type(MessageSource messages, Locale locale, HistoryStep s) {
    return messages.getMessage("entryType." + s.type().name(), null, s.type().chinese(), locale);
  }
}
