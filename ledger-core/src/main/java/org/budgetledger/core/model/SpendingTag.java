package org.budgetledger.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An amount of spending tagged as procurement or purchased service. {@code path} is the category
 * ({@code [C-服务]}) or catalogue levels ({@code [01-公共服务, 0104-社会保障服务, 社会保险服务]}); {@code
 * serviceArea} the 服务领域 when the table has one ({@code 210-卫生健康支出}).
 *
 * <p>A 政府采购 table printed row by row (Jiangsu's 政府采购支出表: 采购品目大类, then each unit or project, then
 * each 采购品目 with its 资金来源 columns) is tagged at the grain printed: {@code [A-货物, 无锡学院,
 * 信息化建设|其他商品和服务支出|其他计算机软件|集中采购机构采购, 资金来源：一般公共预算资金]}, one tag per fund column with money, the fund
 * source its last element ({@link #FUND_SOURCE}); a table without fund columns has no such element.
 * The path stays a list of words, so the event's shape is unchanged.
 */
public record SpendingTag(TagKind kind, List<String> path, String serviceArea, Fen amount) {
  /** The first words of a path element naming the 资金来源 column a tagged amount is printed in. */
  public static final String FUND_SOURCE = "资金来源：";

  /** The path element of a fund column as printed ({@code 一般公共预算资金}). */
  public static String fundSource(String printed) {
    return FUND_SOURCE + printed;
  }

  public SpendingTag {
    Objects.requireNonNull(kind, "tag kind");
    Objects.requireNonNull(amount, "amount");
    path = List.copyOf(path);
    if (path.isEmpty()) {
      throw new InvalidValueException("a " + kind + " tag needs a category");
    }
    serviceArea = serviceArea == null ? "" : serviceArea.strip();
  }
}
