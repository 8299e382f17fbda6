package org.budgetledger.app.request;

import java.util.HashMap;
import java.util.Map;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;

/**
 * The Chinese terms a finance office writes in a file (追加, 一般公共预算, 公用经费, 上年结转结余, 支出 …) mapped to
 * the names the requests take; any other text passes through unchanged. REST, the pages and
 * adjustment files all read both forms.
 */
public final class ChineseTerms {
  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    for (EntryType t : EntryType.values()) {
      NAMES.put(t.chinese(), t.name());
    }
    for (FundSource f : FundSource.values()) {
      NAMES.put(f.chinese(), f.name());
    }
    for (ExpenditureKind k : ExpenditureKind.values()) {
      NAMES.put(k.chinese(), k.name());
    }
    for (Origin o : Origin.values()) {
      NAMES.put(o.chinese(), o.name());
    }
    NAMES.put("支出", "SPENDING");
    NAMES.put("收入", "INCOME");
  }

  private ChineseTerms() {}

  public static String name(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return NAMES.getOrDefault(stripped, stripped.isEmpty() ? null : stripped);
  }

  public static boolean isReversal(String type) {
    String name = name(type);
    return EntryType.REVERSAL.name().equalsIgnoreCase(name);
  }
}
