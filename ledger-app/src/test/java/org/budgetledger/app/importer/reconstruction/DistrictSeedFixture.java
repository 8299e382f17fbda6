package org.budgetledger.app.importer.reconstruction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;

/**
 * The 2026 Dongcheng district 医疗保障局 document (seeds/2026-dongcheng-…txt) as a margin problem:
 * figures typed in from tables 02, 03, 05, 06, 07 (2 decimals of 万元, rounded) and 13 (exact). A
 * cell is unit × table 03 row (function, both economic codes) × kind, for each unit that table 06
 * lists under that function; "-" is an empty published cell, i.e. exactly 0.
 */
final class DistrictSeedFixture {

  /** Table 03 支出总表: function, gov econ, dept econ, 合计, B(基本) or P(项目). */
  static final String TABLE_03 =
      """
      2080501 50299 30299 1.21 B
      2080501 50905 30302 9.87 B
      2080505 50102 30108 219.96 B
      2080506 50102 30109 109.98 B
      2101101 50102 30110 151.12 B
      2101101 50102 30112 68.69 B
      2101199 50901 30307 39449.00 P
      2101501 50101 30101 404.14 B
      2101501 50101 30102 1124.95 B
      2101501 50101 30103 171.01 B
      2101501 50102 30112 6.87 B
      2101501 50201 30201 7.31 B
      2101501 50201 30202 1.16 B
      2101501 50201 30207 5.16 B
      2101501 50201 30211 0.99 B
      2101501 50201 30228 20.25 B
      2101501 50201 30239 66.10 B
      2101501 50202 30215 0.82 B
      2101501 50203 30216 1.25 B
      2101501 50209 30213 0.34 B
      2101501 50299 30299 42.87 B
      2101501 50901 30309 0.05 B
      2101502 50205 30227 4.00 P
      2101502 50299 30299 10.90 P
      2101504 50205 30227 3.48 P
      2101505 50299 30299 159.41 P
      2101506 50205 30226 5.00 P
      2101599 50205 30227 192.71 P
      2101599 50299 30299 196.95 P
      2101599 50999 30399 210.00 P
      2109999 50901 30307 442.00 P
      2109999 50999 30399 135.00 P
      2210201 50103 30113 201.86 B
      2210203 50101 30102 242.88 B
      """;

  /** Table 06 一般公共预算财政拨款支出表: unit, function, 合计, 基本, 人员, 公用, 项目. */
  static final String TABLE_06 =
      """
      201002 2101501 1541.98 1541.98 1420.23 121.74 -
      201002 2210201 167.99 167.99 167.99 - -
      201002 2101101 182.92 182.92 182.92 - -
      201002 2101502 5.40 - - - 5.40
      201002 2210203 205.85 205.85 205.85 - -
      201002 2101504 3.48 - - - 3.48
      201002 2080501 8.31 8.31 7.39 0.92 -
      201002 2080506 91.21 91.21 91.21 - -
      201002 2080505 182.42 182.42 182.42 - -
      201002 2109999 577.00 - - - 577.00
      201002 2101506 5.00 - - - 5.00
      201002 2101599 192.71 - - - 192.71
      201001 2080505 37.54 37.54 37.54 - -
      201001 2101101 36.89 36.89 36.89 - -
      201001 2080506 18.77 18.77 18.77 - -
      201001 2101501 311.28 311.28 286.78 24.50 -
      201001 2210203 37.03 37.03 37.03 - -
      201001 2101502 9.50 - - - 9.50
      201001 2080501 2.77 2.77 2.48 0.30 -
      201001 2101599 406.95 - - - 406.95
      201001 2101199 39449.00 - - - 39449.00
      201001 2101505 159.41 - - - 159.41
      201001 2210201 33.87 33.87 33.87 - -
      """;

  /** Table 07 一般公共预算财政拨款基本支出表: gov econ, dept econ, 合计, 人员经费, 公用经费. */
  static final String TABLE_07 =
      """
      50101 30101 404.14 404.14 -
      50101 30102 1367.83 1367.83 -
      50101 30103 171.01 171.01 -
      50102 30108 219.96 219.96 -
      50102 30109 109.98 109.98 -
      50102 30110 151.12 151.12 -
      50102 30112 75.56 75.56 -
      50103 30113 201.86 201.86 -
      50201 30201 7.31 - 7.31
      50201 30202 1.16 - 1.16
      50201 30207 5.16 - 5.16
      50201 30211 0.99 - 0.99
      50201 30228 20.25 - 20.25
      50201 30239 66.10 - 66.10
      50202 30215 0.82 - 0.82
      50203 30216 1.25 - 1.25
      50205 30226 - - -
      50205 30227 - - -
      50209 30213 0.34 - 0.34
      50299 30299 44.08 - 44.08
      50901 30307 - - -
      50901 30309 0.05 0.05 -
      50905 30302 9.87 9.87 -
      50999 30399 - - -
      """;

  /** Table 13 整体支出绩效目标表, printed to 6 decimals: exact. */
  static final long TOTAL_FEN = Fen.parseWan("43667.284604").value();

  static final long BASIC_FEN = Fen.parseWan("2858.839510").value();
  static final long PROJECT_FEN = Fen.parseWan("40808.445094").value();

  /** A fine line: what the solver reconstructs. */
  record Line(String unit, String function, String gov, String dept, ExpenditureKind kind) {
    String id() {
      return unit + "/" + function + "/" + gov + "/" + dept + "/" + kind;
    }
  }

  private DistrictSeedFixture() {}

  static List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    for (String[] row : rows(TABLE_03)) {
      for (String[] unitRow : rows(TABLE_06)) {
        if (unitRow[1].equals(row[0])) {
          lines.add(new Line(unitRow[0], row[0], row[1], row[2], kind(row)));
        }
      }
    }
    return lines;
  }

  static List<String[]> rows(String table) {
    return table
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .map(l -> l.split(" "))
        .toList();
  }

  static List<String> ids(Predicate<Line> which) {
    return lines().stream().filter(which).map(Line::id).toList();
  }

  private static ExpenditureKind kind(String[] table03Row) {
    if (table03Row[4].equals("P")) {
      return ExpenditureKind.PROJECT;
    }
    boolean personnel = table03Row[2].startsWith("301") || table03Row[2].startsWith("303");
    return personnel ? ExpenditureKind.BASIC_PERSONNEL : ExpenditureKind.BASIC_PUBLIC;
  }
}
