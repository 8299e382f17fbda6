package org.budgetledger.app.importer.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ProjectExpenditureRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.ProjectAllocation;
import org.budgetledger.core.model.ProjectRef;

/**
 * The projects of a printed 项目支出表 as allocations (unit × project × fund source), each printed
 * source column with money one allocation at the figure printed. 财政拨款 is the sum of its three funds
 * and the 合计 that of all sources, so neither is recorded apart, except a 合计 printed with no source
 * at all (its source then unknown). 上年结转 is last year's 财政拨款 of a type the table does not print and
 * 使用非财政拨款结余 non-fiscal money of no named source, as {@link FundSource} says.
 */
final class ProjectAllocations {
  /** A project code printed before its name ({@code 11010122700000399442-法律援助服务}). */
  private static final Pattern CODED = Pattern.compile("^([0-9A-Z]{8,40})[-－\\s]+(\\S.*)$");

  /** The source columns in the canonical order, so every import records them alike. */
  private static final Map<String, FundSource> SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put("GENERAL_BUDGET", FundSource.GENERAL_BUDGET);
    SOURCES.put("GOVERNMENT_FUND", FundSource.GOVERNMENT_FUND);
    SOURCES.put("STATE_CAPITAL", FundSource.STATE_CAPITAL);
    SOURCES.put("FISCAL_SPECIAL_ACCOUNT", FundSource.FISCAL_SPECIAL_ACCOUNT);
    SOURCES.put("unitFunds", FundSource.UNIT_FUNDS);
    SOURCES.put("usedNonFiscalBalance", FundSource.NON_FISCAL);
    SOURCES.put("carryOver", FundSource.FISCAL_CARRY_OVER);
  }

  private ProjectAllocations() {}

  static List<ProjectAllocation> of(DisclosureDocument doc) {
    List<ProjectAllocation> out = new ArrayList<>();
    if (doc.projectExpenditure() == null) {
      return out;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (ProjectExpenditureRow row : doc.projectExpenditure().projects()) {
      if (row.name().isBlank()) {
        continue;
      }
      int n = seen.merge(row.unit() + "|" + row.name(), 1, Integer::sum);
      ProjectRef project = project(row.unit(), row.name(), n);
      int before = out.size();
      SOURCES.forEach(
          (column, source) -> {
            Fen amount = figure(row.amount(column));
            if (!amount.isZero()) {
              out.add(new ProjectAllocation(row.unit(), project, source, amount));
            }
          });
      Fen total = figure(row.amount("total"));
      if (out.size() == before && !total.isZero() && !printsSources(row)) {
        out.add(new ProjectAllocation(row.unit(), project, null, total));
      }
    }
    return out;
  }

  /**
   * The project as printed, its name kept whole: the code printed before its name, else one derived
   * from the unit, the name and its repeat there, the same in every import (an adjustment names it
   * by that code).
   */
  static ProjectRef project(String unit, String name, int repeat) {
    Matcher m = CODED.matcher(name.strip());
    if (m.matches()) {
      return new ProjectRef(m.group(1), name.strip());
    }
    String key = unit + "|" + name + (repeat == 1 ? "" : "#" + repeat);
    return new ProjectRef("P" + sha256(key).substring(0, 12), name.strip());
  }

  private static boolean printsSources(ProjectExpenditureRow row) {
    return SOURCES.keySet().stream()
        .map(row::amount)
        .anyMatch(a -> a != null && !a.notPrinted() && !a.value().isZero());
  }

  private static Fen figure(PublishedAmount amount) {
    return amount == null || amount.notPrinted() ? Fen.ZERO : amount.value();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
