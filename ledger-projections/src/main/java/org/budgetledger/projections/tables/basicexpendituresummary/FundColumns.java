package org.budgetledger.projections.tables.basicexpendituresummary;

import java.util.Arrays;
import java.util.List;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.tables.Column;

/**
 * The fund columns of 基本支出总表: 总计, 财政拨款 (合计 and its three budgets), 财政专户 and the rest of a unit's
 * own money (单位资金 / 其他资金: every source neither fiscal nor 财政专户). A column names the fund sources it
 * sums, so that each printed figure is one sum over the ledger's lines.
 */
public enum FundColumns {
  TOTAL("total", "总计", FundSource.values()),
  FISCAL("fiscal", "财政拨款合计", fiscal()),
  GENERAL_BUDGET("generalBudget", "一般公共预算", FundSource.GENERAL_BUDGET),
  GOVERNMENT_FUND("governmentFund", "政府性基金预算", FundSource.GOVERNMENT_FUND),
  STATE_CAPITAL("stateCapital", "国有资本经营预算", FundSource.STATE_CAPITAL),
  SPECIAL_ACCOUNT("specialAccount", "财政专户管理资金", FundSource.FISCAL_SPECIAL_ACCOUNT),
  OTHER("other", "其他资金", other());

  private final String key;
  private final String header;
  private final FundSource[] sources;

  FundColumns(String key, String header, FundSource... sources) {
    this.key = key;
    this.header = header;
    this.sources = sources;
  }

  public String key() {
    return key;
  }

  public String header() {
    return header;
  }

  FundSource[] sources() {
    return sources.clone();
  }

  /** Whether every source the column sums is a 财政拨款 one. */
  boolean fiscalOnly() {
    return Arrays.stream(sources).allMatch(FundSource::isFiscalAppropriation);
  }

  static List<Column> columns() {
    return Arrays.stream(values()).map(c -> new Column(c.key, c.header)).toList();
  }

  private static FundSource[] fiscal() {
    return Arrays.stream(FundSource.values())
        .filter(FundSource::isFiscalAppropriation)
        .toArray(FundSource[]::new);
  }

  private static FundSource[] other() {
    return Arrays.stream(FundSource.values())
        .filter(s -> !s.isFiscalAppropriation() && s != FundSource.FISCAL_SPECIAL_ACCOUNT)
        .toArray(FundSource[]::new);
  }
}
