package org.budgetledger.core.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One classification (支出功能分类, 部门经济分类 or 政府经济分类) as data: every name a code has had, by fiscal year.
 * A code absent here may still exist (the data lists what the national catalogue and the documents
 * we have read show); {@link #knows} tells the two apart for callers that must not call an unknown
 * code wrong.
 */
public final class Classification {
  private final String title;
  private final Map<String, List<CatalogueEntry>> byCode = new LinkedHashMap<>();

  Classification(String title, List<CatalogueEntry> entries) {
    this.title = title;
    for (CatalogueEntry entry : entries) {
      byCode.computeIfAbsent(entry.code(), c -> new ArrayList<>()).add(entry);
    }
  }

  public String title() {
    return title;
  }

  /** The code's name in {@code year}, empty when the code is not in the catalogue that year. */
  public Optional<String> nameOf(String code, int year) {
    return entries(code).stream()
        .filter(e -> e.validIn(year))
        .map(CatalogueEntry::name)
        .findFirst();
  }

  /**
   * Whether {@code name} is a name of the code in {@code year}: its catalogue name or a variant the
   * catalogue records as printed that year (50999 其他对个人和家庭的补助), spacing and bracket width ignored.
   */
  public boolean isNameIn(String code, String name, int year) {
    String wanted = Codes.normalisedName(name);
    return entries(code).stream()
        .filter(e -> e.validIn(year))
        .anyMatch(e -> Codes.normalisedName(e.name()).equals(wanted));
  }

  /** Whether the code exists in {@code year} as far as this catalogue knows. */
  public boolean exists(String code, int year) {
    return nameOf(code, year).isPresent();
  }

  /** Whether the catalogue lists the code at all, in any year. */
  public boolean knows(String code) {
    return byCode.containsKey(code);
  }

  /** Every name the code has had, oldest first. */
  public List<CatalogueEntry> entries(String code) {
    return Collections.unmodifiableList(byCode.getOrDefault(code, List.of()));
  }

  /**
   * The codes under {@code parentCode} (empty: any) named {@code name} in {@code year}, spacing and
   * bracket width ignored: how a name printed without its code (行政运行) is resolved by the row above
   * it.
   */
  public List<String> codesNamed(String name, String parentCode, int year) {
    String wanted = Codes.normalisedName(name);
    List<String> codes = new ArrayList<>();
    for (List<CatalogueEntry> entries : byCode.values()) {
      for (CatalogueEntry e : entries) {
        if (e.validIn(year)
            && Codes.normalisedName(e.name()).equals(wanted)
            && (parentCode == null || parentCode.isEmpty() || e.code().startsWith(parentCode))
            && !codes.contains(e.code())) {
          codes.add(e.code());
        }
      }
    }
    return codes;
  }

  /**
   * The names the catalogue has retired by {@code year} (or not yet adopted) for codes that exist
   * that year under another name: 医疗卫生与计划生育支出 in 2026.
   */
  public List<CatalogueEntry> namesNotOf(int year) {
    List<CatalogueEntry> out = new ArrayList<>();
    for (List<CatalogueEntry> entries : byCode.values()) {
      for (CatalogueEntry e : entries) {
        if (!e.validIn(year) && exists(e.code(), year) && !isNameIn(e.code(), e.name(), year)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * The entry of {@code code} named {@code name} in some year other than {@code year}, when the
   * code is named otherwise in {@code year}: a name the catalogue has retired (or not yet adopted).
   */
  public Optional<CatalogueEntry> otherYearsName(String code, String name, int year) {
    String wanted = Codes.normalisedName(name);
    if (isNameIn(code, name, year)) {
      return Optional.empty();
    }
    return entries(code).stream()
        .filter(e -> !e.validIn(year))
        .filter(e -> Codes.normalisedName(e.name()).equals(wanted))
        .findFirst();
  }
}
