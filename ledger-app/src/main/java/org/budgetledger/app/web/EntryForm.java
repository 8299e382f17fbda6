package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.request.BasisRequest;
import org.budgetledger.app.request.EntryRequest;
import org.budgetledger.app.request.IncomeLegRequest;
import org.budgetledger.app.request.ReversalRequest;
import org.budgetledger.app.request.SpendingLegRequest;

/**
 * The 录入调整 form as submitted. Its input names are the REST request's field paths ({@code
 * spendingLegs[0].amount}), so an error from {@link org.budgetledger.app.request.EntryRequests}
 * lands next to its input. Rows the user left empty are dropped before conversion; {@link #field}
 * maps an error's path back to the row as shown.
 */
public record EntryForm(
    Map<String, String> values, List<Integer> incomeRows, List<Integer> spendingRows) {
  private static final Pattern ROW = Pattern.compile("(incomeLegs|spendingLegs)\\[(\\d+)]\\..*");

  public static EntryForm of(Map<String, String> params) {
    Map<String, String> values = new LinkedHashMap<>();
    TreeSet<Integer> income = new TreeSet<>();
    TreeSet<Integer> spending = new TreeSet<>();
    params.forEach(
        (name, value) -> {
          values.put(name, value == null ? "" : value.strip());
          Matcher m = ROW.matcher(name);
          if (m.matches()) {
            (m.group(1).equals("incomeLegs") ? income : spending).add(Integer.valueOf(m.group(2)));
          }
        });
    return new EntryForm(values, new ArrayList<>(income), new ArrayList<>(spending));
  }

  public String get(String name) {
    return values.getOrDefault(name, "");
  }

  public String type() {
    return get("type");
  }

  public boolean isReversal() {
    return type().equals("REVERSAL");
  }

  public EntryRequest toRequest() {
    List<IncomeLegRequest> income = new ArrayList<>();
    for (int i : filled(incomeRows, "incomeLegs", "amount")) {
      String p = "incomeLegs[" + i + "].";
      income.add(
          new IncomeLegRequest(
              get(p + "unit"), get(p + "fundSource"), get(p + "origin"), get(p + "amount")));
    }
    List<SpendingLegRequest> spending = new ArrayList<>();
    for (int i :
        filled(spendingRows, "spendingLegs", "amount", "function", "govEconomic", "deptEconomic")) {
      String p = "spendingLegs[" + i + "].";
      spending.add(
          new SpendingLegRequest(
              get(p + "unit"),
              get(p + "function"),
              get(p + "govEconomic"),
              get(p + "deptEconomic"),
              get(p + "kind"),
              get(p + "projectCode"),
              get(p + "projectName"),
              get(p + "fundSource"),
              get(p + "amount")));
    }
    return new EntryRequest(
        null,
        type(),
        income,
        spending,
        get("effectiveDate"),
        basis(),
        get("reason"),
        blankToNull(get("requestId")));
  }

  public ReversalRequest toReversal() {
    return new ReversalRequest(
        null, get("effectiveDate"), basis(), get("reason"), blankToNull(get("requestId")));
  }

  /** The input an error names: a path of the request, its row index as the form showed it. */
  public String field(String errorPath) {
    if (isReversal() && errorPath.equals("entryId")) {
      return "reversedEntry";
    }
    Matcher m = Pattern.compile("(incomeLegs|spendingLegs)\\[(\\d+)](.*)").matcher(errorPath);
    if (!m.matches()) {
      return errorPath;
    }
    boolean isIncome = m.group(1).equals("incomeLegs");
    List<Integer> shown =
        isIncome
            ? filled(incomeRows, "incomeLegs", "amount")
            : filled(
                spendingRows, "spendingLegs", "amount", "function", "govEconomic", "deptEconomic");
    int index = Integer.parseInt(m.group(2));
    return index < shown.size()
        ? m.group(1) + "[" + shown.get(index) + "]" + m.group(3)
        : errorPath;
  }

  private List<Integer> filled(List<Integer> rows, String list, String... fields) {
    List<Integer> filled = new ArrayList<>();
    for (int i : rows) {
      for (String f : fields) {
        if (!get(list + "[" + i + "]." + f).isEmpty()) {
          filled.add(i);
          break;
        }
      }
    }
    return filled;
  }

  /** The income rows the user filled in (an untouched row is not an entry's leg). */
  public List<Integer> filledIncomeRows() {
    return filled(incomeRows, "incomeLegs", "amount");
  }

  /** The spending rows the user filled in. */
  public List<Integer> filledSpendingRows() {
    return filled(
        spendingRows, "spendingLegs", "amount", "function", "govEconomic", "deptEconomic");
  }

  private BasisRequest basis() {
    return new BasisRequest(get("basis.document"), get("basis.number"));
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
