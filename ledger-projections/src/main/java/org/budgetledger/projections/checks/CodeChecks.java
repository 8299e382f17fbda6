package org.budgetledger.projections.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.catalogue.CatalogueEntry;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.core.catalogue.Classification;
import org.budgetledger.core.catalogue.Codes;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * Family 6, codes and names against the catalogue of the document's year: a code that does not
 * exist (a 类 printed as "7"), a 部门经济分类 code outside the national list (a local 7-digit sub-code:
 * WARN), a name that is not the year's (医疗卫生与计划生育支出 after 2018: FAIL; a name the catalogue does not
 * list: WARN, it may be a local or truncated name), and one code named differently in two tables.
 */
final class CodeChecks {
  private static final Pattern CODED = Pattern.compile("^\\[?(\\d+)\\]?\\s*[-－—]?\\s*(.*)$");
  private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

  private record Printed(String code, String name, Place place) {}

  private CodeChecks() {}

  static void run(
      CheckedDocument document,
      List<Paragraph> paragraphs,
      Catalogues catalogues,
      List<Finding> out) {
    int year = document.year();
    retiredNamesInText(paragraphs, catalogues, year, out);
    Map<String, Printed> firstNames = new HashMap<>();
    for (DisclosureTable table : document.tables().tables().values()) {
      String label = table.number() + " " + table.kind().chinese();
      int checked = 0;
      List<Finding> problems = new ArrayList<>();
      for (TableRow row : table.rows()) {
        for (Printed p : printed(table, label, row)) {
          Classification c = classification(p.code(), catalogues);
          checked++;
          check(p, c, year, problems);
          sameNameAcrossTables(p, firstNames, problems);
        }
        classRow(table, label, row, catalogues, year, problems);
      }
      out.addAll(problems);
      if (checked > 0 && problems.stream().noneMatch(f -> f.status() != CheckStatus.PASS)) {
        out.add(
            Finding.of(
                "科目代码与名称符合当年目录",
                CheckKind.CODE,
                CheckStatus.PASS,
                label + "的 " + checked + " 个科目代码均存在于 " + year + " 年目录，名称与目录一致。",
                Place.table(table.kind(), label)));
      }
    }
  }

  private static Classification classification(String code, Catalogues catalogues) {
    return switch (code.charAt(0)) {
      case '3' -> catalogues.departmentEconomic();
      case '5' -> catalogues.governmentEconomic();
      default -> catalogues.function();
    };
  }

  private static List<Printed> printed(DisclosureTable table, String label, TableRow row) {
    List<Printed> out = new ArrayList<>();
    for (TableCell cell : row.cells()) {
      String key = cell.columnKey();
      if (cell.isMoney()
          || !(key.equals("function")
              || key.equals("functionCode")
              || key.equals("govEconomic")
              || key.equals("deptEconomic"))) {
        continue;
      }
      Matcher m = CODED.matcher(cell.text().strip());
      if (!m.matches() || m.group(1).isEmpty()) {
        continue;
      }
      String name = m.group(2);
      if (key.equals("functionCode")) {
        name = row.cell("functionName").map(TableCell::text).orElse("");
      }
      int line =
          cell.source() instanceof org.budgetledger.projections.tables.CellSource.Printed p
              ? p.lineNo()
              : 0;
      out.add(
          new Printed(
              m.group(1), name.strip(), new Place(table.kind(), label, row.key(), key, line, 0)));
    }
    return out;
  }

  private static void check(Printed p, Classification c, int year, List<Finding> out) {
    String code = p.code();
    String top = code.length() >= 3 ? code.substring(0, 3) : code;
    boolean wellFormed = code.length() == 3 || code.length() == 5 || code.length() == 7;
    if (!wellFormed || !c.exists(top, year)) {
      out.add(
          Finding.of(
              "科目代码存在",
              CheckKind.CODE,
              CheckStatus.FAIL,
              c.title()
                  + "代码“"
                  + code
                  + "”（"
                  + p.name()
                  + "）在 "
                  + year
                  + " 年目录中不存在"
                  + (wellFormed ? "：没有 " + top + " 类。" : "：代码应为 3、5 或 7 位。"),
              p.place()));
      return;
    }
    Optional<String> name = c.nameOf(code, year);
    if (name.isEmpty()) {
      boolean local = code.charAt(0) == '3' && code.length() == 7;
      out.add(
          Finding.of(
              local ? "部门经济分类为国家标准科目" : "科目代码存在",
              CheckKind.CODE,
              CheckStatus.WARN,
              local
                  ? c.title()
                      + "“"
                      + code
                      + "-"
                      + p.name()
                      + "”不在国家标准目录中，是 "
                      + code.substring(0, 5)
                      + " 下的地方细化科目。"
                  : c.title()
                      + "代码“"
                      + code
                      + "-"
                      + p.name()
                      + "”未收录于本系统 "
                      + year
                      + " 年目录（目录不全，无法判定）。",
              p.place()));
      return;
    }
    if (p.name().isEmpty() || c.isNameIn(code, p.name(), year)) {
      return;
    }
    Optional<CatalogueEntry> old = c.otherYearsName(code, p.name(), year);
    if (old.isPresent()) {
      out.add(
          Finding.of(
              "科目名称为当年名称",
              CheckKind.CODE,
              CheckStatus.FAIL,
              "“"
                  + code
                  + "-"
                  + p.name()
                  + "”用的是"
                  + span(old.get())
                  + "的名称，"
                  + year
                  + " 年应为“"
                  + name.get()
                  + "”。",
              p.place()));
    } else {
      out.add(
          Finding.of(
              "科目名称为当年名称",
              CheckKind.CODE,
              CheckStatus.WARN,
              "“"
                  + code
                  + "-"
                  + p.name()
                  + "”与 "
                  + year
                  + " 年目录名称“"
                  + name.get()
                  + "”不同（可能为简称、地方名称或断行）。",
              p.place()));
    }
  }

  /** 收支总表 and 财政拨款收支总表 print 类 by name: 十、卫生健康支出. */
  private static void classRow(
      DisclosureTable table,
      String label,
      TableRow row,
      Catalogues catalogues,
      int year,
      List<Finding> out) {
    if (!row.key().startsWith("spending:")) {
      return;
    }
    String code = row.key().substring("spending:".length());
    String printed = row.cell("spendingItem").map(TableCell::text).orElse("").strip();
    String name = ORDINAL.matcher(Codes.normalisedName(printed)).replaceFirst("");
    if (name.isEmpty()) {
      return;
    }
    Place place = new Place(table.kind(), label, row.key(), "spendingItem", 0, 0);
    catalogues
        .function()
        .otherYearsName(code, name, year)
        .ifPresent(
            old ->
                out.add(
                    Finding.of(
                        "科目名称为当年名称",
                        CheckKind.CODE,
                        CheckStatus.FAIL,
                        "“"
                            + printed
                            + "”用的是"
                            + span(old)
                            + "的类名，"
                            + year
                            + " 年应为“"
                            + catalogues.function().nameOf(code, year).orElse("")
                            + "”。",
                        place)));
  }

  private static void sameNameAcrossTables(
      Printed p, Map<String, Printed> first, List<Finding> out) {
    if (p.name().isEmpty()) {
      return;
    }
    Printed earlier = first.putIfAbsent(p.code(), p);
    if (earlier == null || earlier.place().table() == p.place().table()) {
      return;
    }
    String a = Codes.normalisedName(earlier.name());
    String b = Codes.normalisedName(p.name());
    if (a.equals(b)) {
      return;
    }
    boolean truncated = a.startsWith(b) || b.startsWith(a);
    out.add(
        Finding.of(
            "同一科目各表名称一致",
            CheckKind.CODE,
            truncated ? CheckStatus.WARN : CheckStatus.FAIL,
            "科目 "
                + p.code()
                + " 在"
                + earlier.place().tableLabel()
                + "名为“"
                + earlier.name()
                + "”，在"
                + p.place().tableLabel()
                + "名为“"
                + p.name()
                + "”"
                + (truncated ? "（一方可能被截断）。" : "。"),
            p.place()));
  }

  /** A class name of another year in the text (名词解释, 情况说明): 医疗卫生与计划生育支出 in 2026. */
  private static void retiredNamesInText(
      List<Paragraph> paragraphs, Catalogues catalogues, int year, List<Finding> out) {
    List<CatalogueEntry> retired = catalogues.function().namesNotOf(year);
    for (Paragraph paragraph : paragraphs) {
      for (CatalogueEntry old : retired) {
        int at = namedAsClass(paragraph.text(), old);
        if (at >= 0) {
          out.add(
              Finding.of(
                  "科目名称为当年名称",
                  CheckKind.CODE,
                  CheckStatus.FAIL,
                  "文中“"
                      + old.name()
                      + "”是"
                      + span(old)
                      + "的科目名称，"
                      + year
                      + " 年 "
                      + old.code()
                      + " 应为“"
                      + catalogues.function().nameOf(old.code(), year).orElse("")
                      + "”。",
                  Place.line(paragraph.lineAt(at))));
        }
      }
    }
  }

  /**
   * Where the text names the entry as a classification: a 类 name anywhere (it is a phrase of its
   * own), a 款 or 项 name only marked as one (行政事业单位离退休（款）), since such words also occur in plain
   * sentences. -1 when it does not.
   */
  private static int namedAsClass(String text, CatalogueEntry old) {
    int at = text.indexOf(old.name());
    while (at >= 0) {
      String after = text.substring(at + old.name().length());
      if (old.code().length() == 3 || after.matches("^\\s*[（(][款项][）)][\\s\\S]*")) {
        return at;
      }
      at = text.indexOf(old.name(), at + 1);
    }
    return -1;
  }

  private static String span(CatalogueEntry entry) {
    if (entry.toYear() > 0) {
      return entry.toYear() + " 年及以前";
    }
    return entry.fromYear() + " 年起";
  }
}
