package org.budgetledger.app.importer.document;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;

/**
 * What a document rendered from a PDF of another family says about itself before its first table:
 * the tables its family does not publish ({@code 未公开：预算10表 预算11表}, in the municipal numbering), so
 * their absence is not a problem, and its department ({@code 部门名称：…}) when no table names it. Text
 * extracted from a published document has neither line and reads as before.
 */
record DocumentDirectives(Set<TableKind> unpublished, String departmentName) {
  // 未读取: a table the document prints in a shape the canonical table cannot take (named so)
  private static final Pattern UNPUBLISHED = Pattern.compile("^未(?:公开|读取)[：:](.*)$");
  private static final Pattern DEPARTMENT = Pattern.compile("^部门名称[：:](.+)$");
  private static final Pattern LABEL = Pattern.compile("预算(\\d{2})表");

  static DocumentDirectives read(List<SourceLine> lines) {
    Set<TableKind> unpublished = EnumSet.noneOf(TableKind.class);
    String department = null;
    for (SourceLine line : lines) {
      if (line.hasTabs()) {
        continue;
      }
      String text = line.stripped();
      if (text.startsWith("预算") && LABEL.matcher(text).lookingAt()) {
        break;
      }
      Matcher u = UNPUBLISHED.matcher(text);
      if (u.matches()) {
        Matcher label = LABEL.matcher(u.group(1));
        while (label.find()) {
          unpublished.add(
              TableNumbering.kind(DisclosureFormat.MUNICIPAL, Integer.parseInt(label.group(1))));
        }
      }
      Matcher d = DEPARTMENT.matcher(text);
      if (d.matches() && department == null) {
        department = d.group(1).strip();
      }
    }
    return new DocumentDirectives(unpublished, department);
  }
}
