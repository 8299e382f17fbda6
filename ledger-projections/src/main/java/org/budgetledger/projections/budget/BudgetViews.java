package org.budgetledger.projections.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.core.budget.api.BasicAllocationsRecordedEvent;
import org.budgetledger.core.budget.api.BudgetEvent;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.budgetledger.core.budget.api.ClassificationNamesRecordedEvent;
import org.budgetledger.core.budget.api.DepartmentPerformanceRecordedEvent;
import org.budgetledger.core.budget.api.EconomicAllocationsRecordedEvent;
import org.budgetledger.core.budget.api.NarrativeFiguresRecordedEvent;
import org.budgetledger.core.budget.api.ProjectAllocationsRecordedEvent;
import org.budgetledger.core.budget.api.ProjectPerformanceRecordedEvent;
import org.budgetledger.core.budget.api.SpendingTagsRecordedEvent;
import org.budgetledger.core.budget.api.UnitRenamedEvent;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.core.model.Unit;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.facts.FactTable;
import org.springframework.stereotype.Service;

/** Assembles a {@link BudgetView} of a budget at a point in time from the two read models. */
@Service
public class BudgetViews {
  private final LedgerQueries ledger;
  private final FactTable facts;

  public BudgetViews(LedgerQueries ledger, FactTable facts) {
    this.ledger = ledger;
    this.facts = facts;
  }

  public Optional<BudgetView> at(BudgetId id, PointInTime at) {
    List<BudgetEvent> all = facts.facts(id.toString(), at, FACT_TYPES);
    List<BudgetOpenedEvent> opened = ofType(all, BudgetOpenedEvent.class);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new BudgetView(
            header(opened.get(0), ofType(all, UnitRenamedEvent.class)),
            ledger.lineBalances(id, at),
            ledger.incomeBalances(id, at),
            tags(ofType(all, SpendingTagsRecordedEvent.class)),
            last(ofType(all, ProjectPerformanceRecordedEvent.class))
                .map(ProjectPerformanceRecordedEvent::projects)
                .orElse(List.of()),
            last(ofType(all, DepartmentPerformanceRecordedEvent.class))
                .map(DepartmentPerformanceRecordedEvent::performance)
                .orElse(null),
            last(ofType(all, NarrativeFiguresRecordedEvent.class))
                .map(NarrativeFiguresRecordedEvent::figures)
                .orElse(List.of()),
            names(ofType(all, ClassificationNamesRecordedEvent.class)),
            last(ofType(all, ProjectAllocationsRecordedEvent.class))
                .map(ProjectAllocationsRecordedEvent::allocations)
                .orElse(List.of()),
            last(ofType(all, EconomicAllocationsRecordedEvent.class))
                .map(EconomicAllocationsRecordedEvent::allocations)
                .orElse(List.of()),
            last(ofType(all, BasicAllocationsRecordedEvent.class))
                .map(BasicAllocationsRecordedEvent::allocations)
                .orElse(List.of()),
            at));
  }

  private static final List<Class<? extends BudgetEvent>> FACT_TYPES =
      List.of(
          BudgetOpenedEvent.class,
          UnitRenamedEvent.class,
          SpendingTagsRecordedEvent.class,
          ProjectPerformanceRecordedEvent.class,
          ProjectAllocationsRecordedEvent.class,
          EconomicAllocationsRecordedEvent.class,
          BasicAllocationsRecordedEvent.class,
          DepartmentPerformanceRecordedEvent.class,
          NarrativeFiguresRecordedEvent.class,
          ClassificationNamesRecordedEvent.class);

  private static <T> List<T> ofType(List<BudgetEvent> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static BudgetHeader header(BudgetOpenedEvent opened, List<UnitRenamedEvent> renames) {
    Map<String, Unit> units = new LinkedHashMap<>();
    opened.units().forEach(u -> units.put(u.code().value(), u));
    renames.forEach(r -> units.put(r.unit().value(), new Unit(r.unit(), r.name(), r.type())));
    return new BudgetHeader(
        opened.budgetId(),
        opened.departmentName(),
        opened.format(),
        new ArrayList<>(units.values()),
        opened.displayDecimals());
  }

  /** The latest tags of each kind replace the earlier ones. */
  private static List<SpendingTag> tags(List<SpendingTagsRecordedEvent> events) {
    Map<TagKind, List<SpendingTag>> latest = new LinkedHashMap<>();
    for (SpendingTagsRecordedEvent e : events) {
      Map<TagKind, List<SpendingTag>> byKind = new LinkedHashMap<>();
      e.tags().forEach(t -> byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t));
      latest.putAll(byKind);
    }
    return latest.values().stream().flatMap(List::stream).toList();
  }

  private static ClassificationNames names(List<ClassificationNamesRecordedEvent> events) {
    Map<String, String> function = new HashMap<>();
    Map<String, String> gov = new HashMap<>();
    Map<String, String> dept = new HashMap<>();
    for (ClassificationNamesRecordedEvent e : events) {
      function.putAll(e.function());
      gov.putAll(e.govEconomic());
      dept.putAll(e.deptEconomic());
    }
    return new ClassificationNames(function, gov, dept);
  }

  private static <T> Optional<T> last(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }
}
