package org.budgetledger.app.adjustment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.request.BasisRequest;
import org.budgetledger.app.request.IncomeLegRequest;
import org.budgetledger.app.request.SpendingLegRequest;

/** The lines of a CSV file that share a request id: one entry, a leg per line. */
final class CsvEntryDraft {
  final int firstLine;
  final Map<String, String> entryFields = new LinkedHashMap<>();
  final List<Integer> spendingLines = new ArrayList<>();
  final List<SpendingLegRequest> spending = new ArrayList<>();
  final List<Integer> incomeLines = new ArrayList<>();
  final List<IncomeLegRequest> income = new ArrayList<>();

  CsvEntryDraft(int firstLine) {
    this.firstLine = firstLine;
  }

  AdjustmentRequest request() {
    return new AdjustmentRequest(
        entryFields.get("entry_id"),
        entryFields.get("type"),
        entryFields.get("reverses"),
        income,
        spending,
        entryFields.get("effective_date"),
        new BasisRequest(entryFields.get("basis_document"), entryFields.get("basis_number")),
        entryFields.get("reason"),
        entryFields.get("request_id"),
        entryFields.get("amount_unit"));
  }

  /** The line and column of a request field path such as {@code spendingLegs[1].amount}. */
  FilePlace place(String file, String field) {
    var m =
        java.util.regex.Pattern.compile("(spendingLegs|incomeLegs)\\[(\\d+)](?:\\.(.*))?")
            .matcher(field);
    if (m.matches()) {
      List<Integer> lines = m.group(1).equals("spendingLegs") ? spendingLines : incomeLines;
      return new FilePlace(file, lines.get(Integer.parseInt(m.group(2))), 0);
    }
    return new FilePlace(file, firstLine, 0);
  }

  /** The CSV column of a request field path: {@code spendingLegs[1].fundSource} → fund_source. */
  static String column(String field) {
    String leaf = field.replaceFirst("^(spendingLegs|incomeLegs)\\[\\d+]\\.?", "");
    if (leaf.isEmpty()) {
      return "(the leg's line key)";
    }
    return leaf.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
  }
}
