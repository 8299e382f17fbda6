package org.budgetledger.app.importer.document;

import java.util.List;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.TableNumbering;

/**
 * Tells the format from which number carries which title (预算04表 政府采购 is district, 预算04表 财政拨款收支总表
 * municipal): the format whose numbering agrees with most titles.
 */
final class FormatDetector {
  private FormatDetector() {}

  static DisclosureFormat detect(List<TableHeading> headings) {
    int district = agreements(headings, DisclosureFormat.DISTRICT);
    int municipal = agreements(headings, DisclosureFormat.MUNICIPAL);
    if (district == municipal) {
      return null;
    }
    return district > municipal ? DisclosureFormat.DISTRICT : DisclosureFormat.MUNICIPAL;
  }

  static int agreements(List<TableHeading> headings, DisclosureFormat format) {
    return (int)
        headings.stream()
            .filter(h -> TableNumbering.number(format, h.kind()) == h.number())
            .count();
  }
}
