package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.budgetledger.app.request.BudgetUnits;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.JournalEntry;
import org.budgetledger.projections.entries.LineBalance;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the 录入调整 form offers: the budget's units, fund sources, kinds, the codes the budget already
 * uses (so a user picks rather than remembers them) and the entries a 冲销 may cancel.
 */
@Component
public class EntryFormOptions {
  static final List<String> TYPES =
      List.of("SUPPLEMENT", "REDUCTION", "REALLOCATION", "CARRY_OVER", "REVERSAL");
  private final EntryJournal journal;
  private final BudgetUnits units;

  public EntryFormOptions(EntryJournal journal, BudgetUnits units) {
    this.journal = journal;
    this.units = units;
  }

  void addTo(Model model, BudgetId id, BudgetView view) {
    model.addAttribute("budget", view.header());
    // what the user types is read in the unit the budget's entries print in
    model.addAttribute("amountUnit", units.of(id));
    model.addAttribute("types", TYPES);
    model.addAttribute(
        "units",
        view.header().units().stream()
            .map(u -> new CodeOption(u.code().value(), u.code() + " " + u.name()))
            .toList());
    // Labels come from the page's messages (fundSource.*, kind.*, origin.*), in its language.
    model.addAttribute(
        "fundSources",
        Arrays.stream(FundSource.values()).map(f -> new CodeOption(f.name(), f.name())).toList());
    model.addAttribute(
        "kinds",
        Arrays.stream(ExpenditureKind.values())
            .map(k -> new CodeOption(k.name(), k.name()))
            .toList());
    model.addAttribute(
        "origins",
        Arrays.stream(Origin.values()).map(o -> new CodeOption(o.name(), o.name())).toList());
    List<LineKey> lines = view.lines().stream().map(LineBalance::key).toList();
    model.addAttribute(
        "functionCodes",
        codes(
            lines.stream().map(l -> l.function().value()).collect(Collectors.toSet()),
            view.names().function()));
    model.addAttribute(
        "govCodes",
        codes(
            lines.stream()
                .filter(l -> l.govEconomic() != null)
                .map(l -> l.govEconomic().value())
                .collect(Collectors.toSet()),
            view.names().govEconomic()));
    model.addAttribute(
        "deptCodes",
        codes(
            lines.stream()
                .filter(l -> l.deptEconomic() != null)
                .map(l -> l.deptEconomic().value())
                .collect(Collectors.toSet()),
            view.names().deptEconomic()));
    model.addAttribute("reversible", reversible(id));
  }

  /** Codes in use and codes the document named, each with its published name. */
  private static List<CodeOption> codes(Set<String> used, Map<String, String> names) {
    Map<String, String> all = new TreeMap<>(names);
    used.forEach(c -> all.putIfAbsent(c, ""));
    return all.entrySet().stream().map(e -> new CodeOption(e.getKey(), e.getValue())).toList();
  }

  /** Entries not yet cancelled, newest first; a 冲销 itself cannot be cancelled. */
  private List<JournalRow> reversible(BudgetId id) {
    List<JournalEntry> entries = journal.all(id);
    Set<String> reversed =
        entries.stream()
            .map(JournalEntry::reversedEntryId)
            .filter(r -> r != null && !r.isBlank())
            .collect(Collectors.toSet());
    List<JournalRow> open =
        new ArrayList<>(
            entries.stream()
                .filter(e -> e.type() != EntryType.REVERSAL && !reversed.contains(e.entryId()))
                // the options print no amount
                .map(e -> JournalRow.of(e, MoneyUnit.WAN_YUAN))
                .toList());
    Collections.reverse(open);
    return open;
  }
}
