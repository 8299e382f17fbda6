package org.budgetledger.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An amount of spending tagged as procurement or purchased service. {@code path} is the category
 * ({@code [C-服务]}) or catalogue levels ({@code [01-公共服务, 0104-社会保障服务, 社会保险服务]}); {@code
 * serviceArea} the 服务领域 when the table has one ({@code 210-卫生健康支出}).
 */
public record SpendingTag(TagKind kind, List<String> path, String serviceArea, Fen amount) {
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
