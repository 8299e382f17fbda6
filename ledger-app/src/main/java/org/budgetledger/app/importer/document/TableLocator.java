package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.projections.tables.TableKind;

/**
 * Finds the tables by their titles ({@code 预算01表 …}, {@code 预算 03 表 …}, a title broken over two
 * lines) and cuts the text into one region per table. A table continued over pages repeats its
 * title: the parts are merged into one region, in document order.
 */
final class TableLocator {
  private static final Pattern TITLE = Pattern.compile("^预算\\s*(\\d{1,2})\\s*表\\s*(.*)$");
  // 一、部门概况 / 三、2026 年部门预算情况说明: the narrative that ends the last table.
  private static final Pattern NARRATIVE_HEADING = Pattern.compile("^[一二三四五六七八九十]+、\\S.*");

  private TableLocator() {}

  static Map<TableKind, TableRegion> locate(List<SourceLine> lines, Problems problems) {
    Map<TableKind, TableHeading> headings = new EnumMap<>(TableKind.class);
    Map<TableKind, List<SourceLine>> bodies = new EnumMap<>(TableKind.class);
    List<SourceLine> current = null;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      Matcher title = line.hasTabs() ? null : TITLE.matcher(line.stripped());
      if (title != null && title.matches()) {
        String text = title.group(2).strip();
        if (!text.endsWith("表") && continuesTitle(lines, i + 1)) {
          text = text + lines.get(++i).stripped();
        }
        current =
            startTable(line, Integer.parseInt(title.group(1)), text, headings, bodies, problems);
      } else if (!line.hasTabs() && NARRATIVE_HEADING.matcher(line.stripped()).matches()) {
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    Map<TableKind, TableRegion> regions = new EnumMap<>(TableKind.class);
    headings.forEach(
        (kind, heading) -> regions.put(kind, new TableRegion(heading, bodies.get(kind))));
    return regions;
  }

  private static boolean continuesTitle(List<SourceLine> lines, int next) {
    if (next >= lines.size()) {
      return false;
    }
    SourceLine line = lines.get(next);
    String text = line.stripped();
    return !line.isBlank()
        && !line.hasTabs()
        && !text.startsWith("金额单位")
        && !TITLE.matcher(text).matches()
        && text.endsWith("表")
        && text.length() < 20;
  }

  private static List<SourceLine> startTable(
      SourceLine line,
      int number,
      String title,
      Map<TableKind, TableHeading> headings,
      Map<TableKind, List<SourceLine>> bodies,
      Problems problems) {
    Optional<TableKind> kind = TitleClassifier.classify(title);
    if (kind.isEmpty()) {
      problems.add(line, "预算" + number + "表", ProblemKind.TITLE_NOT_RECOGNISED, title);
      return null;
    }
    TableHeading earlier = headings.get(kind.get());
    if (earlier == null) {
      headings.put(
          kind.get(), new TableHeading(kind.get(), number, title, line.lineNo(), List.of()));
      bodies.put(kind.get(), new ArrayList<>());
    } else {
      if (earlier.number() != number) {
        problems.add(
            line,
            earlier.label(),
            ProblemKind.TABLE_NUMBERED_TWICE,
            earlier.number(),
            earlier.lineNo(),
            number);
      }
      List<Integer> continued = new ArrayList<>(earlier.continuedAt());
      continued.add(line.lineNo());
      headings.put(
          kind.get(),
          new TableHeading(
              earlier.kind(), earlier.number(), earlier.title(), earlier.lineNo(), continued));
    }
    return bodies.get(kind.get());
  }
}
