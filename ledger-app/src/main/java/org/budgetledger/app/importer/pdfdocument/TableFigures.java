package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import org.budgetledger.projections.tables.TableKind;

/**
 * How many figures one table of a PDF prints ({@link PublishedGrid#printedFigures}), named by its
 * place ({@code 第 65 页“支出总表”}) and its canonical kind (null for a table of the family's own content
 * that no canonical table holds, e.g. a 部门预算项目支出预算表 by project).
 */
public record TableFigures(String place, TableKind kind, int printed) {

  static List<TableFigures> of(List<PublishedGrid> grids) {
    return grids.stream()
        .filter(g -> g.printedFigures() > 0)
        .map(g -> new TableFigures(g.place(), g.kind(), g.printedFigures()))
        .toList();
  }
}
