package org.budgetledger.core.model;

/** The kinds of journal entry, with the terms the finance bureau uses. */
public enum EntryType {
  /** 年初预算: the approved initial budget. */
  INITIAL_BUDGET("年初预算"),
  /** 追加: more income and more spending. */
  SUPPLEMENT("追加"),
  /** 追减: less income and less spending. */
  REDUCTION("追减"),
  /** 调剂: money moved between spending lines, net zero, no income. */
  REALLOCATION("调剂"),
  /** 结转: last year's unspent money as income of this year, and the spending it funds. */
  CARRY_OVER("结转"),
  /** 冲销: cancels an earlier entry. */
  REVERSAL("冲销");

  private final String chinese;

  EntryType(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  public static EntryType fromText(String text) {
    for (EntryType type : values()) {
      if (type.name().equalsIgnoreCase(text) || type.chinese.equals(text)) {
        return type;
      }
    }
    throw new InvalidValueException(
        "'" + text + "' is not an entry type (年初预算, 追加, 追减, 调剂, 结转, 冲销)");
  }
}
