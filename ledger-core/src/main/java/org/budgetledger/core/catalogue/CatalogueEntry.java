package org.budgetledger.core.catalogue;

/**
 * One name of one code over a span of fiscal years: {@code fromYear}/{@code toYear} 0 when the span
 * is open on that side. A code renamed between years (210 医疗卫生与计划生育支出 until 2018, 卫生健康支出 from 2019)
 * has one entry per name.
 */
public record CatalogueEntry(String code, String name, int fromYear, int toYear, String note) {
  public CatalogueEntry {
    note = note == null ? "" : note;
  }

  public boolean validIn(int year) {
    return (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
  }

  /** The code of this entry's parent: 类 of a 款, 款 of a 项; empty for a 类. */
  public String parentCode() {
    return Codes.parent(code);
  }
}
