package org.budgetledger.app.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.budgetledger.app.export.CsvExporter;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.context.MessageSource;

/** 分录列表 as CSV: one line per entry, headers in the user's language, amounts exact. */
final class JournalCsv {
  private static final List<String> HEADERS =
      List.of(
          "leg.entry",
          "leg.type",
          "leg.effective",
          "leg.recorded",
          "leg.actor",
          "journal.basisNumber",
          "journal.basisDocument",
          "leg.reason",
          "journal.amount",
          "journal.net",
          "journal.legs",
          "journal.reverses");

  private JournalCsv() {}

  /** {@code unit}: the one the rows' amounts are in, which the amount headers name. */
  static void write(
      List<JournalRow> rows,
      MoneyUnit unit,
      MessageSource messages,
      Locale locale,
      OutputStream out)
      throws IOException {
    Object[] unitWord = {messages.getMessage("unit." + unit.name(), null, locale)};
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    line(w, HEADERS.stream().map(h -> messages.getMessage(h, unitWord, locale)).toList());
    for (JournalRow r : rows) {
      line(
          w,
          List.of(
              r.entryId(),
              messages.getMessage("entryType." + r.type(), null, locale),
              r.effectiveDate(),
              r.recordedAt(),
              r.actor(),
              r.basisNumber(),
              r.basisDocument(),
              r.reason(),
              r.amountText().replace(",", ""),
              r.netText().replace(",", "").replace('\u2212', '-'),
              String.valueOf(r.legs()),
              r.reversedEntryId() == null ? "" : r.reversedEntryId()));
    }
    w.flush();
  }

  private static void line(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(CsvExporter.quote(fields.get(i)));
    }
    w.write("\r\n");
  }
}
