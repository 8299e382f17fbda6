package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.app.importer.codes.BracketedCode;
import org.budgetledger.app.importer.codes.NameReading;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.layout.MeasureVocabulary;

/**
 * A published table's columns by canonical measure: the cell a canonical column reads (the first
 * column of that measure; none when the family does not print it), and the table's rows with their
 * whole codes, from one {@code code-name} cell, a code cell and a name cell, 类/款/项 cells, a {@code
 * [code]name} cell, or a name alone with the code its catalogue gives.
 */
final class CanonicalColumns {
  private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计");
  private static final Set<String> FISCAL_FUNDS =
      Set.of("GENERAL_BUDGET", "GOVERNMENT_FUND", "STATE_CAPITAL");
  private final PublishedGrid grid;
  private final MeasureVocabulary vocabulary;
  private final Optional<NameReading> names;

  private CanonicalColumns(
      PublishedGrid grid, MeasureVocabulary vocabulary, Optional<NameReading> names) {
    this.grid = grid;
    this.vocabulary = vocabulary;
    this.names = names;
  }

  static CanonicalColumns of(PublishedGrid grid, MeasureVocabulary vocabulary) {
    return new CanonicalColumns(grid, vocabulary, Optional.empty());
  }

  /** A table whose names print alone, with their codes resolved by row ({@link PrintedCodes}). */
  static CanonicalColumns of(
      PublishedGrid grid, MeasureVocabulary vocabulary, Optional<NameReading> names) {
    return new CanonicalColumns(grid, vocabulary, names);
  }

  /**
   * The printed text of the row's cell in the first column of {@code measure}, empty when the cell
   * is, and {@link PublishedAmount#NOT_PRINTED_TEXT} when the table has no such column.
   */
  String text(List<PublishedCell> row, String measure) {
    int column = grid.measures().indexOf(measure);
    if (column < 0) {
      return PublishedAmount.NOT_PRINTED_TEXT;
    }
    return row.stream()
        .filter(c -> c.column() == column)
        .findFirst()
        .map(c -> c.isMoney() ? c.text().replaceAll("\\s", "") : "")
        .orElse("");
  }

  /**
   * The row's cells in the columns of {@code measure} added up where each of them is one fiscal
   * fund's part (a 三公 item printed by fund, Shenzhen: 一般公共预算, 政府性基金预算, 国有资本经营预算 under each item):
   * together they are its 财政拨款. Otherwise, as {@link #text}: the first column (a measure repeated
   * under another year or a change column is not a part of it).
   */
  String sum(List<PublishedCell> row, String measure) {
    List<Integer> columns = new ArrayList<>();
    for (int column = 0; column < grid.measures().size(); column++) {
      if (measure.equals(grid.measures().get(column))) {
        columns.add(column);
      }
    }
    if (columns.size() < 2 || !columns.stream().allMatch(this::fundPart)) {
      return text(row, measure);
    }
    List<String> texts = new ArrayList<>();
    for (int at : columns) {
      texts.add(
          row.stream()
              .filter(c -> c.column() == at)
              .findFirst()
              .map(c -> c.isMoney() ? c.text().replaceAll("\\s", "") : "")
              .orElse(""));
    }
    return UnitBlocks.sum(texts);
  }

  /** Whether the column's own header (the last of its path) names a fiscal fund source. */
  private boolean fundPart(int column) {
    if (column >= grid.headers().size()) {
      return false;
    }
    String[] path = grid.headers().get(column).split("/");
    return vocabulary
        .measure(List.of(path[path.length - 1]))
        .filter(FISCAL_FUNDS::contains)
        .isPresent();
  }

  boolean isTotalRow(List<PublishedCell> row) {
    return row.stream()
        .filter(c -> !c.isMoney())
        .anyMatch(c -> TOTAL_WORDS.contains(c.text().replaceAll("\\s", "")));
  }

  /**
   * A table whose only row of figures names nothing (Jiangsu 2019's 支出总表: one row by use, no
   * function) prints its totals in that row.
   */
  private boolean unlabelledTotal(List<PublishedCell> row) {
    return row.stream().anyMatch(PublishedCell::isMoney)
        && row.stream()
            .filter(c -> !c.isMoney())
            .allMatch(c -> c.text().replaceAll("[\\s0.,-]", "").isEmpty())
        && grid.rows().stream().filter(r -> r.stream().anyMatch(PublishedCell::isMoney)).count()
            == 1;
  }

  List<CodedRow> codedRows() {
    List<String> m = grid.measures();
    int cls = m.indexOf("functionClass");
    int section = m.indexOf("functionSection");
    int item = m.indexOf("functionItem");
    int code = m.indexOf("functionCode");
    int whole = m.indexOf("function");
    int name = m.indexOf("functionName");
    List<CodedRow> rows = new ArrayList<>();
    String carriedClass = "";
    String carriedSection = "";
    // a second 类/款 block beside the first: a second classification of the same row
    int pairedClass = m.lastIndexOf("functionClass") > cls ? m.lastIndexOf("functionClass") : -1;
    int pairedSection =
        m.lastIndexOf("functionSection") > section ? m.lastIndexOf("functionSection") : -1;
    String[] carriedPair = {"", ""};
    int economicName = m.indexOf("deptEconomic");
    // a 政府经济分类 code and name in columns of their own beside the 部门 ones (Xi'an)
    int govCode = m.indexOf(SecondCode.CODE);
    int govName = m.indexOf(SecondCode.NAME);
    // [30101]基本工资 in a 部门经济分类 column (Guangzhou's 基本支出表), as [2060503]name in a function one
    int bracketed = name >= 0 ? name : economicName;
    Optional<List<PublishedCell>> unitTotal = UnitBlocks.departmentRow(grid, code);
    for (int index = 0; index < grid.rows().size(); index++) {
      List<PublishedCell> row = grid.rows().get(index);
      if (row.stream().noneMatch(PublishedCell::isMoney) && !isTotalRow(row)) {
        continue;
      }
      if (isTotalRow(row)
          || unlabelledTotal(row)
          || unitTotal.isPresent() && unitTotal.get() == row) {
        rows.add(new CodedRow("", "合计", row, true));
        continue;
      }
      String c;
      String n;
      if (cls >= 0) {
        String a = cell(row, cls);
        String b = section < 0 ? "" : cell(row, section);
        String i = item < 0 ? "" : cell(row, item);
        if (!a.isEmpty()) {
          carriedClass = a;
          carriedSection = b;
        } else if (!b.isEmpty()) {
          carriedSection = b;
        }
        c =
            (a.isEmpty() ? carriedClass : a)
                + (b.isEmpty() && !i.isEmpty() ? carriedSection : b)
                + i;
        n = name >= 0 ? cell(row, name) : firstText(row);
        if (n.isEmpty() && economicName >= 0) {
          // the name under the classification's own header (Yantai's 基本支出预算情况表: 部门预算支出经济分类科目)
          n = cell(row, economicName);
        }
      } else if (code >= 0) {
        c = cell(row, code);
        n = name >= 0 ? cell(row, name) : "";
      } else if (names.isPresent()) {
        c = names.get().codeOf(index).orElse("");
        n = cell(row, name >= 0 ? name : economicName);
      } else if (bracketed >= 0 && BracketedCode.parse(cell(row, bracketed)).isPresent()) {
        BracketedCode printed = BracketedCode.parse(cell(row, bracketed)).orElseThrow();
        c = printed.code();
        n = printed.name();
      } else if (whole >= 0) {
        String printed = cell(row, whole);
        int dash = printed.indexOf('-');
        c = dash < 0 ? printed : printed.substring(0, dash);
        n = dash < 0 ? "" : printed.substring(dash + 1);
      } else {
        continue;
      }
      if (!c.matches("\\d+")) {
        continue;
      }
      rows.add(
          new CodedRow(
              c,
              n,
              row,
              false,
              govCode >= 0
                  ? SecondCode.of(row, govCode, govName)
                  : paired(row, pairedClass, pairedSection, carriedPair)));
    }
    return rows;
  }

  /**
   * The second block's {@code code-name} (its parent carried down like the first's), empty when the
   * table prints one block.
   */
  private static String paired(List<PublishedCell> row, int cls, int section, String[] carried) {
    if (cls < 0) {
      return "";
    }
    String a = cell(row, cls);
    String b = section < 0 ? "" : cell(row, section);
    if (!a.isEmpty()) {
      carried[0] = a;
      carried[1] = b;
    }
    String code = (a.isEmpty() ? carried[0] : a) + b;
    int after = Math.max(cls, section);
    // the name in a column of no measure, or under the classification's own header (政府预算支出经济分类科目)
    String name =
        row.stream()
            .filter(c -> c.column() > after && !c.isMoney())
            .filter(c -> c.measure() == null || c.measure().equals("govEconomic"))
            .map(c -> c.text().replaceAll("\\s", ""))
            .filter(t -> !t.isEmpty())
            .findFirst()
            .orElse("");
    return code.matches("\\d+") ? code + "-" + name : "";
  }

  private static String cell(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column)
        .findFirst()
        .map(c -> c.text().replaceAll("\\s", ""))
        .orElse("");
  }

  /** A name printed in a column the vocabulary does not know: the first cell with words. */
  private static String firstText(List<PublishedCell> row) {
    return row.stream()
        .filter(c -> !c.isMoney() && c.measure() == null)
        .map(c -> c.text().replaceAll("\\s", ""))
        .filter(t -> !t.isEmpty() && !t.matches("[\\d.,-]+"))
        .findFirst()
        .orElse("");
  }
}
