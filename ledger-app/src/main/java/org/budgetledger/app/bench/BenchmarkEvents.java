package org.budgetledger.app.bench;

import java.time.LocalDate;
import java.util.List;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.UnitCode;

/** A 追加 entry shaped like the ledger's own, so the benchmark serialises and hashes real sizes. */
final class BenchmarkEvents {
  private BenchmarkEvents() {}

  static EntryRecordedEvent entry() {
    UnitCode unit = UnitCode.of("201001");
    Fen amount = Fen.parseWan("1.00");
    LineKey office =
        new LineKey(
            unit,
            FunctionCode.of("2101501"),
            GovEconomicCode.of("50201"),
            DeptEconomicCode.of("30201"),
            ExpenditureKind.BASIC_PUBLIC,
            null,
            FundSource.GENERAL_BUDGET);
    return new EntryRecordedEvent(
        BudgetId.of(2026, "BENCH"),
        EntryId.of("bench"),
        EntryType.SUPPLEMENT,
        List.of(
            new IncomeLeg(
                new IncomeKey(unit, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR), amount)),
        List.of(new SpendingLeg(office, amount)),
        LocalDate.of(2026, 3, 1),
        new Basis("关于追加办公经费的批复", "东财预〔2026〕8号"),
        "追加办公经费",
        Actor.of("bench"),
        "bench",
        null);
  }
}
