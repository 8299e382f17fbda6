package org.budgetledger.app.adjustment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.app.request.ChineseTerms;
import org.budgetledger.app.request.IncomeLegRequest;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.app.request.SpendingLegRequest;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.MoneyUnit;

/**
 * Reads a CSV adjustment file: a header row naming the columns (any order; see {@link
 * #ENTRY_COLUMNS} and {@link #LEG_COLUMNS}), then one leg per line. Lines with the same {@code
 * request_id} are the legs of one entry; its entry columns may be left blank after its first line
 * but must not differ. A 冲销 is one line with {@code reverses} and no leg.
 */
final class CsvAdjustmentReader {
  static final List<String> ENTRY_COLUMNS =
      List.of(
          "request_id",
          "type",
          "effective_date",
          "basis_document",
          "basis_number",
          "reason",
          "reverses",
          "entry_id",
          "amount_unit");
  static final List<String> LEG_COLUMNS =
      List.of(
          "side",
          "unit",
          "function",
          "gov_economic",
          "dept_economic",
          "kind",
          "project_code",
          "project_name",
          "fund_source",
          "origin",
          "amount");
  private static final Set<String> REQUIRED =
      Set.of("request_id", "type", "effective_date", "basis_document", "basis_number");

  private CsvAdjustmentReader() {}

  static List<AdjustmentEntry> read(
      String file, String text, BudgetId budget, Actor actor, MoneyUnit typedIn) {
    List<CsvRecords.CsvRecord> records = CsvRecords.split(file, text);
    if (records.isEmpty()) {
      throw new AdjustmentFileException(new FilePlace(file, 1, 0), "(header)", "the file is empty");
    }
    Map<String, Integer> header = header(file, records.get(0));
    Map<String, CsvEntryDraft> drafts = new LinkedHashMap<>();
    for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
      Map<String, String> row = new HashMap<>();
      header.forEach(
          (column, index) ->
              row.put(
                  column,
                  index < record.fields().size() ? blankToNull(record.fields().get(index)) : null));
      if (record.fields().size() > header.size()) {
        throw new AdjustmentFileException(
            new FilePlace(file, record.line(), 0),
            "column " + (header.size() + 1),
            "the line has more fields than the header");
      }
      addLine(file, record.line(), row, drafts);
    }
    List<AdjustmentEntry> entries = new ArrayList<>();
    Map<String, EntryId> byRequest = new HashMap<>();
    for (CsvEntryDraft draft : drafts.values()) {
      try {
        AdjustmentEntry entry =
            AdjustmentRequests.toEntry(
                new FilePlace(file, draft.firstLine, 0),
                budget,
                draft.request(),
                actor,
                byRequest,
                typedIn);
        byRequest.put(entry.requestId(), entry.entryId());
        entries.add(entry);
      } catch (InvalidRequestException e) {
        throw new AdjustmentFileException(
            draft.place(file, e.field()),
            CsvEntryDraft.column(e.field()),
            JsonAdjustmentReader.detail(e));
      } catch (IllegalArgumentException e) {
        throw new AdjustmentFileException(
            new FilePlace(file, draft.firstLine, 0), "(entry)", e.getMessage());
      }
    }
    return entries;
  }

  private static Map<String, Integer> header(String file, CsvRecords.CsvRecord first) {
    Map<String, Integer> header = new LinkedHashMap<>();
    for (int i = 0; i < first.fields().size(); i++) {
      String column = first.fields().get(i).toLowerCase();
      FilePlace place = new FilePlace(file, first.line(), 0);
      if (!ENTRY_COLUMNS.contains(column) && !LEG_COLUMNS.contains(column)) {
        throw new AdjustmentFileException(
            place,
            column.isEmpty() ? "column " + (i + 1) : column,
            "not a column of an adjustment file; the columns are "
                + ENTRY_COLUMNS
                + " and "
                + LEG_COLUMNS);
      }
      if (header.put(column, i) != null) {
        throw new AdjustmentFileException(place, column, "the column is named twice");
      }
    }
    for (String column : REQUIRED) {
      if (!header.containsKey(column)) {
        throw new AdjustmentFileException(
            new FilePlace(file, first.line(), 0), column, "the header must name this column");
      }
    }
    return header;
  }

  private static void addLine(
      String file, int line, Map<String, String> row, Map<String, CsvEntryDraft> drafts) {
    FilePlace place = new FilePlace(file, line, 0);
    String requestId = row.get("request_id");
    if (requestId == null) {
      throw new AdjustmentFileException(
          place, "request_id", "is required: it groups the legs of an entry and makes its id");
    }
    CsvEntryDraft draft = drafts.computeIfAbsent(requestId, k -> new CsvEntryDraft(line));
    for (String column : ENTRY_COLUMNS) {
      String value = row.get(column);
      String first = draft.entryFields.putIfAbsent(column, value);
      if (value != null && first != null && !first.equals(value)) {
        throw new AdjustmentFileException(
            place,
            column,
            "'"
                + value
                + "' differs from '"
                + first
                + "' on line "
                + draft.firstLine
                + " of the same entry (request "
                + requestId
                + ")");
      }
      if (first == null && value != null) {
        draft.entryFields.put(column, value);
      }
    }
    addLeg(place, row, draft);
  }

  private static void addLeg(FilePlace place, Map<String, String> row, CsvEntryDraft draft) {
    String side = ChineseTerms.name(row.get("side"));
    if (side == null) {
      if (LEG_COLUMNS.stream().anyMatch(c -> row.get(c) != null)) {
        throw new AdjustmentFileException(
            place, "side", "is required on a leg: SPENDING (支出)" + " or INCOME (收入)");
      }
      return; // a 冲销's line: its legs are the reversed entry's
    }
    switch (side.toUpperCase()) {
      case "SPENDING" -> {
        draft.spendingLines.add(place.line());
        draft.spending.add(
            new SpendingLegRequest(
                row.get("unit"),
                row.get("function"),
                row.get("gov_economic"),
                row.get("dept_economic"),
                row.get("kind"),
                row.get("project_code"),
                row.get("project_name"),
                row.get("fund_source"),
                row.get("amount")));
      }
      case "INCOME" -> {
        draft.incomeLines.add(place.line());
        draft.income.add(
            new IncomeLegRequest(
                row.get("unit"), row.get("fund_source"), row.get("origin"), row.get("amount")));
      }
      default ->
          throw new AdjustmentFileException(
              place, "side", "'" + row.get("side") + "' is not SPENDING (支出) or INCOME (收入)");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
