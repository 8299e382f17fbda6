package org.budgetledger.app.importer.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.app.importer.document.ActivityRow;
import org.budgetledger.app.importer.document.BasicExpenditureRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ExpenditureSummaryRow;
import org.budgetledger.app.importer.document.GeneralBudgetRow;
import org.budgetledger.app.importer.document.IndicatorRow;
import org.budgetledger.app.importer.document.ProjectGroup;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.PurchasedServiceRow;
import org.budgetledger.app.importer.document.QuotedFigure;
import org.budgetledger.core.model.ActivityIndicator;
import org.budgetledger.core.model.DepartmentPerformance;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.NarrativeFigure;
import org.budgetledger.core.model.PerformanceIndicator;
import org.budgetledger.core.model.ProjectPerformance;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.core.model.UnitCode;

/** The non-money facts of a document: code names, tags, performance targets, quoted figures. */
final class FactsPlanner {
  private FactsPlanner() {}

  record Names(Map<String, String> function, Map<String, String> gov, Map<String, String> dept) {}

  static Names names(DisclosureDocument doc) {
    Map<String, String> function = new TreeMap<>();
    Map<String, String> gov = new TreeMap<>();
    Map<String, String> dept = new TreeMap<>();
    for (ExpenditureSummaryRow r : doc.expenditureSummary().rows()) {
      function.putIfAbsent(r.function().code(), r.function().name());
      if (r.govEconomic() != null) {
        gov.putIfAbsent(r.govEconomic().code(), r.govEconomic().name());
        dept.putIfAbsent(r.deptEconomic().code(), r.deptEconomic().name());
      }
    }
    if (doc.generalBudgetExpenditure() != null) {
      for (GeneralBudgetRow r : doc.generalBudgetExpenditure().rows()) {
        function.putIfAbsent(r.functionCode(), r.functionName());
      }
    }
    if (doc.generalBudgetBasic() != null) {
      for (BasicExpenditureRow r : doc.generalBudgetBasic().rows()) {
        if (r.govEconomic() != null) {
          gov.putIfAbsent(r.govEconomic().code(), r.govEconomic().name());
        }
        dept.putIfAbsent(r.deptEconomic().code(), r.deptEconomic().name());
      }
    }
    return new Names(function, gov, dept);
  }

  static List<SpendingTag> tags(DisclosureDocument doc) {
    List<SpendingTag> tags = new ArrayList<>();
    if (doc.procurement() != null) {
      tags.addAll(ProcurementTags.of(doc.procurement()));
    }
    if (doc.purchasedServices() != null) {
      for (PurchasedServiceRow r : doc.purchasedServices().rows()) {
        if (r.amount() != null) {
          tags.add(
              new SpendingTag(
                  TagKind.PURCHASED_SERVICE,
                  List.of(r.level1(), r.level2(), r.level3()),
                  r.serviceArea(),
                  r.amount().value()));
        }
      }
    }
    return tags;
  }

  static List<ProjectPerformance> projects(DisclosureDocument doc) {
    List<ProjectPerformance> projects = new ArrayList<>();
    if (doc.projectPerformance() == null) {
      return projects;
    }
    for (ProjectGroup g : doc.projectPerformance().groups()) {
      List<PerformanceIndicator> indicators = new ArrayList<>();
      for (IndicatorRow i : g.indicators()) {
        indicators.add(
            new PerformanceIndicator(
                i.level1(),
                i.level2(),
                i.level3(),
                i.nature(),
                i.value(),
                i.unit(),
                i.direction()));
      }
      String code =
          g.projectCode() == null || g.projectCode().isBlank()
              ? "line-" + g.lineNo()
              : g.projectCode();
      String name =
          g.projectName() == null || g.projectName().isBlank() ? "（项目名称未能从文件读出）" : g.projectName();
      UnitCode unit = g.unit() == null ? null : UnitCode.of(g.unit().code());
      projects.add(
          new ProjectPerformance(
              unit,
              new ProjectRef(code, name),
              fen(g.total()),
              fen(g.fiscal()),
              fen(g.other()),
              g.goal(),
              indicators));
    }
    return projects;
  }

  static DepartmentPerformance departmentPerformance(DisclosureDocument doc) {
    if (doc.departmentPerformance() == null) {
      return null;
    }
    List<ActivityIndicator> activities = new ArrayList<>();
    for (ActivityRow a : doc.departmentPerformance().activities()) {
      activities.add(
          new ActivityIndicator(a.activity(), a.indicator(), a.nature(), a.value(), a.unit()));
    }
    return new DepartmentPerformance(
        doc.departmentPerformance().overallGoal(),
        doc.departmentPerformance().otherNotes(),
        activities);
  }

  static List<NarrativeFigure> narrative(DisclosureDocument doc) {
    List<NarrativeFigure> figures = new ArrayList<>();
    if (doc.narrative() == null) {
      return figures;
    }
    for (QuotedFigure f : doc.narrative().figures()) {
      if (f.amount() != null) {
        figures.add(
            new NarrativeFigure(
                f.key(), f.label(), f.amount().value(), f.amount().decimals(), f.sentence()));
      }
    }
    return figures;
  }

  private static Fen fen(PublishedAmount amount) {
    return amount == null ? Fen.ZERO : amount.value();
  }
}
