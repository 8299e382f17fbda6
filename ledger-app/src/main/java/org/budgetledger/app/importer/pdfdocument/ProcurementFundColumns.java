package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.core.model.FundSource;

/**
 * The 资金来源 columns of a 政府采购 table in canonical order, each named by its canonical measure rather
 * than by its printed header, so that a document printing the same columns in another order or with
 * a header word wrapped over two rows records the same fund sources. A 财政拨款 小计 printed beside the
 * fiscal funds is named {@code 财政拨款/小计} and its funds {@code 财政拨款/一般公共预算} …, the names {@code
 * ProcurementBuilder} knows as a subtotal and its parts. Empty where a column has no canonical
 * measure (其他资金) or two columns share one: the caller then keeps the printed headers.
 */
final class ProcurementFundColumns {
  private static final String FISCAL = "fiscal";

  /** Measures that are not a {@link FundSource}, with the name a fund column gets. */
  private static final Map<String, String> OTHER_MEASURES =
      Map.of(
          FISCAL,
          "财政拨款",
          "unitFunds",
          "单位资金",
          "usedNonFiscalBalance",
          "使用非财政拨款结余",
          "carryOver",
          "上年结转");

  /** The columns in canonical order and the name of each. */
  record Named(List<Integer> columns, List<String> names) {}

  private ProcurementFundColumns() {}

  static Optional<Named> of(PublishedGrid grid, List<Integer> money) {
    List<String> measures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c : money) {
      String measure = grid.measures().get(c);
      if (measure == null || rank(measure) < 0 || !seen.add(measure)) {
        return Optional.empty();
      }
      measures.add(measure);
    }
    boolean fiscalSubtotal = seen.contains(FISCAL);
    List<Integer> order = new ArrayList<>(money);
    order.sort(Comparator.comparingInt(c -> rank(grid.measures().get(c))));
    List<String> names =
        order.stream().map(c -> name(grid.measures().get(c), fiscalSubtotal)).toList();
    return Optional.of(new Named(order, names));
  }

  private static String name(String measure, boolean fiscalSubtotal) {
    if (FISCAL.equals(measure)) {
      return fiscalSubtotal ? "财政拨款/小计" : OTHER_MEASURES.get(measure);
    }
    String other = OTHER_MEASURES.get(measure);
    if (other != null) {
      return other;
    }
    FundSource source = FundSource.valueOf(measure);
    return fiscalSubtotal && source.isFiscalAppropriation()
        ? "财政拨款/" + source.chinese()
        : source.chinese();
  }

  /** 财政拨款 first, then the fund sources in their order, then the measures that are none. */
  private static int rank(String measure) {
    if (FISCAL.equals(measure)) {
      return 0;
    }
    for (FundSource source : FundSource.values()) {
      if (source.name().equals(measure)) {
        return 1 + source.ordinal();
      }
    }
    return switch (measure) {
      case "unitFunds" -> 1 + FundSource.values().length;
      case "usedNonFiscalBalance" -> 2 + FundSource.values().length;
      case "carryOver" -> 3 + FundSource.values().length;
      default -> -1;
    };
  }
}
