package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.Derivation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.UnitCode;

/**
 * A 收入总表 printed by unit while the document's spending lines sit on the department: the
 * department's income, recorded as today (one source balancing the spending), is recorded on its
 * units as the table prints them. Per source, what the department records differs from the sum of
 * its units' printed figures by their rounding: that difference is spread over the units printing
 * the source, the largest first, each within half a display unit of its figure ({@link
 * IncomePlanner#share}), so every unit's row prints as printed and the 合计 stays what it was. What
 * is beyond rounding (the units do not add up to the 合计) stays on the largest unit with a
 * derivation saying so, and that unit's cell is a finding of the reconciliation. A source the
 * units' rows do not print ({@link UnitIncomeFigures}) stays on the department.
 */
final class UnitIncomeSpread {
  private UnitIncomeSpread() {}

  static List<IncomeLeg> spread(
      DisclosureDocument doc, String department, List<IncomeLeg> legs, List<String> notes) {
    List<IncomeSummaryRow> units =
        doc.incomeSummary() == null ? List.of() : doc.incomeSummary().units();
    if (units.isEmpty() || !DocumentFunds.unitRows(doc, department).isEmpty()) {
      return legs;
    }
    String own = DocumentCodes.departmentIncomeUnitCode(department);
    Map<Bucket, List<IncomeLeg>> departments = new LinkedHashMap<>();
    List<IncomeLeg> out = new ArrayList<>();
    for (IncomeLeg leg : legs) {
      if (leg.key().unit().value().equals(own)) {
        departments.computeIfAbsent(Bucket.of(leg), b -> new ArrayList<>()).add(leg);
      } else {
        out.add(leg);
      }
    }
    UnitIncomeFigures figures = new UnitIncomeFigures(doc.incomeSummary(), departments.keySet());
    Map<Bucket, List<UnitIncomeFigures.Figure>> printed = new LinkedHashMap<>();
    departments.forEach(
        (bucket, kept) -> {
          List<UnitIncomeFigures.Figure> byUnit = figures.of(bucket);
          if (byUnit.isEmpty()) {
            out.addAll(kept);
          } else {
            printed.put(bucket, byUnit);
          }
        });
    if (!printed.isEmpty()) {
      // the units' 合计 hold only where all of the department's income is theirs
      boolean whole = printed.size() == departments.size();
      out.addAll(spreadAll(units, departments, printed, whole, notes));
    }
    return out;
  }

  /** The department's income of the sources the units print, on the units within rounding. */
  private static List<IncomeLeg> spreadAll(
      List<IncomeSummaryRow> units,
      Map<Bucket, List<IncomeLeg>> departments,
      Map<Bucket, List<UnitIncomeFigures.Figure>> printed,
      boolean whole,
      List<String> notes) {
    List<Bucket> buckets = List.copyOf(printed.keySet());
    int n = units.size();
    long[][] fen = new long[n][buckets.size()];
    long[][] share = new long[n][buckets.size()];
    long[] recorded = new long[buckets.size()];
    Long[] rowTotal = new Long[n];
    long[] rowShare = new long[n];
    for (int b = 0; b < buckets.size(); b++) {
      recorded[b] =
          departments.get(buckets.get(b)).stream()
              .mapToLong(l -> l.amount().value())
              .reduce(0, Math::addExact);
      for (int u = 0; u < n; u++) {
        UnitIncomeFigures.Figure f = printed.get(buckets.get(b)).get(u);
        fen[u][b] = f.fen();
        share[u][b] = f.fen() == 0 ? 0 : f.share();
      }
    }
    List<RoundingSpread.Sum> parts = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      PublishedAmount total = units.get(u).total();
      if (whole && LineGrid.present(total)) {
        rowTotal[u] = total.value().value();
        rowShare[u] = IncomePlanner.share(total);
      }
      if (whole) {
        part(u, units.get(u).amount(IncomeColumn.THIS_YEAR_SUBTOTAL), Origin.CURRENT_YEAR, buckets)
            .ifPresent(parts::add);
        part(u, units.get(u).amount(IncomeColumn.CARRY_OVER_SUBTOTAL), Origin.CARRY_OVER, buckets)
            .ifPresent(parts::add);
      }
    }
    RoundingSpread.Result result =
        RoundingSpread.of(fen, share, recorded, rowTotal, rowShare, parts);
    List<IncomeLeg> legs = new ArrayList<>();
    for (int b = 0; b < buckets.size(); b++) {
      Bucket bucket = buckets.get(b);
      int keeper = result.keeper()[b];
      int at = b;
      if (IntStream.range(0, n).anyMatch(u -> result.exact()[u][at] < 0)) {
        // the units print more than the department records, beyond what the others could give
        // back: the source stays on the department, and its units' cells are findings
        legs.addAll(departments.get(bucket));
        notes.add("收入总表各单位" + bucket.label() + "之和超出部门收入，不能按单位记录：仍记在部门，勾稽核对报告各单位该栏");
        continue;
      }
      if (keeper >= 0) {
        notes.add(
            "收入总表各单位"
                + bucket.label()
                + "之和与部门收入相差 "
                + Fen.of(result.beyond()[b]).formatWan(6)
                + " 万元，超出舍入：记在单位 "
                + units.get(keeper).code()
                + "（推导 UNITS_BEYOND_ROUNDING），勾稽核对报告该单元格");
      }
      for (int u = 0; u < n; u++) {
        long amount = result.exact()[u][b];
        UnitIncomeFigures.Figure f = printed.get(bucket).get(u);
        Derivation why =
            u == keeper
                ? beyondRounding(bucket, result.beyond()[b])
                : amount == f.fen() ? asPrinted(bucket, f) : rounded(f, recorded[b]);
        if (amount != 0) {
          legs.add(bucket.leg(units.get(u).code(), amount, why));
        }
      }
    }
    return legs;
  }

  /**
   * A unit's printed 小计 of one origin (本年收入, 上年结转结余) over the sources of that origin: kept with its
   * 合计, so that a unit's parts moved toward its 合计 leave the 小计 as printed where they can.
   */
  private static java.util.Optional<RoundingSpread.Sum> part(
      int unit, PublishedAmount subtotal, Origin origin, List<Bucket> buckets) {
    if (!LineGrid.present(subtotal)) {
      return java.util.Optional.empty();
    }
    boolean[] columns = new boolean[buckets.size()];
    for (int b = 0; b < buckets.size(); b++) {
      columns[b] = buckets.get(b).origin() == origin;
    }
    return java.util.Optional.of(
        new RoundingSpread.Sum(
            unit, columns, subtotal.value().value(), IncomePlanner.share(subtotal)));
  }

  private static Derivation asPrinted(Bucket bucket, UnitIncomeFigures.Figure f) {
    if (bucket.earmark() != null) {
      return new Derivation(
          "EARMARKED_AS_PRINTED",
          "收入总表 prints "
              + f.text()
              + " in 其中："
              + bucket.earmark().chinese()
              + " beside this unit's "
              + bucket.fund().chinese()
              + ": that part of it is earmarked");
    }
    return new Derivation(
        "UNIT_INCOME_AS_PRINTED",
        "收入总表 prints "
            + f.text()
            + " for this unit; the department's spending lines are not split by unit, so its"
            + " income is recorded as the table prints it");
  }

  private static Derivation rounded(UnitIncomeFigures.Figure f, long recorded) {
    return new Derivation(
        "UNIT_INCOME_ROUNDING",
        "收入总表 prints "
            + f.text()
            + ", rounded: the units' figures differ from the department's income ("
            + Fen.of(recorded).formatWan(6)
            + " 万元) by their rounding, spread over the units printing it, the largest first,"
            + " each within half a display unit of its figure (and the unit's 合计 within its own)");
  }

  private static Derivation beyondRounding(Bucket bucket, long left) {
    return new Derivation(
        "UNITS_BEYOND_ROUNDING",
        "收入总表's units' "
            + bucket.label()
            + " do not add up to the department's income beyond rounding: the "
            + Fen.of(left).formatWan(6)
            + " 万元 left is recorded on the largest unit, a finding of the document");
  }

  /** One income source of the department's: fund, origin and earmarked part. */
  record Bucket(
      org.budgetledger.core.model.FundSource fund,
      org.budgetledger.core.model.Origin origin,
      IncomeEarmark earmark) {
    static Bucket of(IncomeLeg leg) {
      return new Bucket(leg.key().fundSource(), leg.key().origin(), leg.earmark());
    }

    String label() {
      return origin.chinese()
          + fund.chinese()
          + (earmark == null ? "" : "（" + earmark.chinese() + "）");
    }

    IncomeLeg leg(String unit, long fen, Derivation derivation) {
      return new IncomeLeg(
          new IncomeKey(UnitCode.of(unit), fund, origin), Fen.of(fen), derivation, earmark);
    }
  }
}
