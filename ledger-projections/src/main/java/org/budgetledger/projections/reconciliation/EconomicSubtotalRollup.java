package org.budgetledger.projections.reconciliation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * A 类 row a table by 部门经济分类 prints above its codes (基本支出表's, 一般公共预算 or 财政拨款, {@code -|301} 工资福利支出,
 * or {@code 501|301} beside a 政府 类, the 项目支出 table's {@code 302}, a published {@link
 * RowType#SUBTOTAL}) is compared with the rebuilt rows of the codes under it summed: the rebuilt
 * tables hold the codes only, and a printed 类 that is not the sum of its codes is a finding of the
 * document (MISMATCH), never corrected.
 */
final class EconomicSubtotalRollup {
  private static final Pattern BASIC_CLASS = Pattern.compile("^(-|\\d{3,5})\\|(\\d{3,5})$");
  private static final Pattern PROJECT_CLASS = Pattern.compile("^(\\d{3,5})$");
  private static final FundSource[] FISCAL = {
    FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL
  };

  private EconomicSubtotalRollup() {}

  /** The rebuilt codes under a published 类 subtotal, summed; empty for any other row. */
  static Optional<TableRow> of(TableKind kind, DisclosureTable rebuilt, TableRow published) {
    if (rebuilt == null || published.type() != RowType.SUBTOTAL) {
      return Optional.empty();
    }
    boolean fiscal = kind == TableKind.FISCAL_APPROPRIATION_BASIC;
    boolean basic = kind == TableKind.GENERAL_BUDGET_BASIC || fiscal;
    // the table of every kind by economic code keys its rows as 基本支出表 does
    boolean paired = basic || kind == TableKind.GENERAL_BUDGET_ECONOMIC;
    if (!paired && kind != TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC) {
      return Optional.empty();
    }
    Matcher m = (paired ? BASIC_CLASS : PROJECT_CLASS).matcher(published.key());
    if (!m.matches()) {
      return Optional.empty();
    }
    // a 类 printed beside a 政府 类 (Yantai's 501 | 301) holds only the codes under both
    String gov = paired ? m.group(1) : "-";
    String code = paired ? m.group(2) : m.group(1);
    LegFilter general = LegFilter.spending().fundSources(FundSource.GENERAL_BUDGET);
    LegFilter legs =
        (kind == TableKind.GENERAL_BUDGET_ECONOMIC
                ? general
                : general
                    .fundSources(fiscal ? FISCAL : new FundSource[] {FundSource.GENERAL_BUDGET})
                    .kinds(
                        basic
                            ? new ExpenditureKind[] {
                              ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC
                            }
                            : new ExpenditureKind[] {ExpenditureKind.PROJECT}))
            .deptEconomic(code);
    List<TableRow> items =
        rebuilt.rows().stream()
            .filter(row -> row.type() == RowType.DETAIL && under(row.key(), gov, code))
            .toList();
    return Optional.of(SubtotalRollup.summed(published.key(), items, legs));
  }

  /** Whether a rebuilt row's key ({@code gov|dept}) is a code under the 类, and under its 政府 类. */
  private static boolean under(String key, String gov, String code) {
    int bar = key.indexOf('|');
    String dept = key.substring(bar + 1);
    boolean underGov = gov.equals("-") || bar > 0 && key.substring(0, bar).startsWith(gov);
    return underGov && dept.length() > code.length() && dept.startsWith(code);
  }
}
