package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.projections.tables.TableKind;

/**
 * A 一般公共预算 table by 部门经济分类 printing 基本支出 (or 人员经费 and 公用经费) beside 项目支出 (Shenzhen's
 * 一般公共预算支出表（按经济分类）: 支出总计 / 基本支出 / 项目支出; Xi'an's 一般公共预算支出明细表（按支出经济分类科目）: 合计 / 人员经费支出 / 公用经费支出 /
 * 专项业务经费支出) is two canonical tables side by side: its 项目支出 column the 项目支出 table by economic code,
 * its 基本支出 column the 基本支出表. Told by the measures its headers map to, never by a document, so any
 * family printing the two columns by economic code reads the same way.
 */
final class BasicBesideProject {
  private BasicBesideProject() {}

  /**
   * The measure the canonical 项目支出 table by economic code takes as its 合计: the 项目支出 column of a
   * table printing it beside 基本支出, else the table's own total (Guangzhou's 表7 is project money
   * alone).
   */
  static String projectMeasure(PublishedGrid grid) {
    return grid.measures().contains("project") ? "project" : "total";
  }

  /**
   * The table to read as 基本支出表: a 项目支出 table by economic code printing a 基本支出 column, where the
   * document prints no 基本支出表 of its own (that one is then the margin, not a second copy).
   */
  static Optional<PublishedGrid> basicOf(
      List<PublishedGrid> grids, Set<TableKind> published, Set<TableKind> unread) {
    if (published.contains(TableKind.GENERAL_BUDGET_BASIC)
        || unread.contains(TableKind.GENERAL_BUDGET_BASIC)
        || grids.stream().anyMatch(g -> g.kind() == TableKind.GENERAL_BUDGET_BASIC)) {
      return Optional.empty();
    }
    return grids.stream()
        .filter(g -> g.kind() == TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC)
        .filter(g -> published.contains(g.kind()))
        .filter(g -> g.measures().contains("basic") && g.measures().contains("project"))
        .findFirst();
  }

  /**
   * The table to read also as the table of every kind by economic code (预算21表): a 项目支出 table by
   * economic code printing its 合计 beside 人员经费, 公用经费 and 项目支出 (Xi'an's 表6), so that its 合计 and the
   * two basic columns are compared code by code, not only its 项目支出.
   */
  static Optional<PublishedGrid> allKindsOf(List<PublishedGrid> grids, String department) {
    return grids.stream()
        .filter(g -> g.kind() == TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC)
        .filter(g -> !summedOverUnits(g, department))
        .filter(g -> g.measures().containsAll(List.of("total", "personnel", "public", "project")))
        .findFirst();
  }

  /**
   * Rows grouped for a table keyed by one code: a code printed under two second codes (Xi'an 2022
   * p.50: 30101 under 50101 and under 50501) is one row of the table by 部门 code, its figures added
   * up; every other group as it is.
   */
  static List<List<CodedRow>> byCode(List<List<CodedRow>> groups) {
    Map<String, List<CodedRow>> byCode = new LinkedHashMap<>();
    groups.forEach(g -> byCode.computeIfAbsent(g.get(0).code(), c -> new ArrayList<>()).addAll(g));
    return List.copyOf(byCode.values());
  }

  /**
   * Whether a table by economic code lists its rows unit by unit over several units (Shenzhen
   * 63d734e6 p.198, 22 units): the canonical tables hold one row per code, the units' 2-decimal
   * figures added up, which may be off the true sum by half a unit per unit, while a margin allows
   * half a unit in all. Read as margins they push the solver to the edge of other tables' rounding
   * (ties in 一般公共预算支出表 that round the other way), so such a table is left unread and reported,
   * until a margin carries the number of rounded figures it sums. One unit's table (c9051f27) is
   * read.
   */
  static boolean summedOverUnits(PublishedGrid grid, String department) {
    return (grid.kind() == TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC
            || grid.kind() == TableKind.GENERAL_BUDGET_BASIC)
        && UnitBlocks.unitOfRows(grid, department).values().stream().distinct().count() > 1;
  }
}
