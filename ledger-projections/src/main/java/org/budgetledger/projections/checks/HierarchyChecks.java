package org.budgetledger.projections.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * Family 1, the sums inside each table: every 合计 and 小计 row, row = 基本 + 项目, 基本 = 人员 + 公用 (the rules
 * of DOMAIN §5 whose figures lie in one table), and 类 = Σ款 = Σ项 wherever a table prints the 类 and 款
 * rows above their 项 (most families do; the Beijing seeds print 项 only). A table that runs over
 * several pages is one table here: its rows are checked together.
 */
final class HierarchyChecks {
  private static final Pattern CODE = Pattern.compile("^\\[?(\\d{3}(?:\\d{2}){0,2})\\]?(?!\\d)");
  private static final List<String> CODE_COLUMNS = List.of("function", "functionCode");

  private HierarchyChecks() {}

  static void run(CheckedDocument document, List<RuleCheck> rules, List<Finding> out) {
    TableSet set = document.tables();
    List<Finding> found = new ArrayList<>();
    for (RuleCheck check : rules) {
      if (!RuleFindings.quotesText(check) && RuleFindings.withinOneTable(check)) {
        found.add(RuleFindings.finding(check, CheckKind.HIERARCHY, set));
      }
    }
    for (DisclosureTable table : set.tables().values()) {
      codeHierarchy(set, table, found);
    }
    out.addAll(WholeYuanTables.decide(set, found));
  }

  /** 类 = Σ款 and 款 = Σ项, for every money column, where the parent is printed once. */
  private static void codeHierarchy(TableSet set, DisclosureTable table, List<Finding> out) {
    Map<String, List<TableRow>> byCode = new LinkedHashMap<>();
    for (TableRow row : table.rows()) {
      String code = codeOf(row);
      if (code != null) {
        byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<String, List<TableRow>> parent : byCode.entrySet()) {
      String code = parent.getKey();
      if (code.length() == 7 || parent.getValue().size() != 1) {
        continue;
      }
      List<TableRow> children = new ArrayList<>();
      byCode.forEach(
          (c, rows) -> {
            if (c.length() == code.length() + 2 && c.startsWith(code)) {
              children.addAll(rows);
            }
          });
      if (children.isEmpty()) {
        continue;
      }
      TableRow parentRow = parent.getValue().get(0);
      for (TableCell cell : parentRow.cells()) {
        if (!cell.isMoney()) {
          continue;
        }
        String column = cell.columnKey();
        List<RuleFigure> parts = children.stream().map(r -> figure(set, table, r, column)).toList();
        String level = code.length() == 3 ? "类 = Σ款" : "款 = Σ项";
        RuleCheck check =
            RuleCheck.of(
                1,
                table.number() + " " + level + "（" + code + "，" + columnLabel(table, column) + "）",
                List.of(figure(set, table, parentRow, column)),
                parts);
        out.add(RuleFindings.finding(check, CheckKind.HIERARCHY, set));
      }
    }
  }

  /** The function code a row prints in its code column, or null. */
  static String codeOf(TableRow row) {
    for (String column : CODE_COLUMNS) {
      String text = row.cell(column).map(TableCell::text).orElse(null);
      if (text != null) {
        Matcher m = CODE.matcher(text.strip());
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  private static RuleFigure figure(
      TableSet set, DisclosureTable table, TableRow row, String column) {
    TableCell cell = row.cell(column).filter(TableCell::isMoney).orElse(null);
    String label = table.number() + " " + row.key() + " / " + columnLabel(table, column);
    if (cell == null) {
      return new RuleFigure(
          table.kind(), row.key(), column, label, org.budgetledger.core.model.Fen.ZERO, 6, 0);
    }
    return new RuleFigure(
        table.kind(),
        row.key(),
        column,
        label,
        cell.amount(),
        set.decimalsOf(cell),
        TableSet.lineOf(cell));
  }

  private static String columnLabel(DisclosureTable table, String key) {
    return table.columns().stream()
        .filter(c -> c.key().equals(key))
        .map(c -> c.label())
        .findFirst()
        .orElse(key);
  }
}
