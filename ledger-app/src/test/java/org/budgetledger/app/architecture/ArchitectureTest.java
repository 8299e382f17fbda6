package org.budgetledger.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering STYLE.md asks for: the domain knows no web, SQL, Spring or adapters; projections
 * know no adapters; the aggregate hides in its package behind its api messages.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.budgetledger");
  }

  @Test
  void domainHasNoWebSqlSpringOrAdapters() {
    ArchRule rule = noClasses().that().resideInAPackage("org.budgetledger.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
            "javax.sql..", "jakarta.servlet..", "org.budgetledger.projections..",
            "org.budgetledger.app..");
    rule.check(classes);
  }

  @Test
  void projectionsDoNotReachIntoTheApp() {
    noClasses().that().resideInAPackage("org.budgetledger.projections..")
        .should().dependOnClassesThat().resideInAPackage("org.budgetledger.app..")
        .check(classes);
  }

  @Test
  void theAggregateIsPackagePrivateAndMessagesArePublicRecords() {
    classes().that().resideInAPackage("org.budgetledger.core.budget")
        .and().haveSimpleName("DepartmentBudget").should().notBePublic().check(classes);
    classes().that().resideInAPackage("org.budgetledger.core.budget.api")
        .and().haveSimpleNameEndingWith("Event").and().areNotInterfaces()
        .should().beRecords().andShould().bePublic().check(classes);
    classes().that().resideInAPackage("org.budgetledger.core.budget.api")
        .and().haveSimpleNameEndingWith("Command").and().areNotInterfaces()
        .should().beRecords().check(classes);
  }

  @Test
  void tablePackagesDoNotDependOnEachOther() {
    String[] tables = {"incomeexpendituresummary", "incomesummary", "expendituresummary",
        "procurement", "fiscalappropriationsummary", "generalbudgetexpenditure",
        "generalbudgetbasic", "governmentfundexpenditure", "statecapitalexpenditure",
        "threepublicexpenses", "purchasedservices", "projectperformance", "departmentperformance"};
    for (String table : tables) {
      for (String other : tables) {
        if (!table.equals(other)) {
          noClasses().that().resideInAPackage("org.budgetledger.projections.tables." + table)
              .should().dependOnClassesThat()
              .resideInAPackage("org.budgetledger.projections.tables." + other)
              .check(classes);
        }
      }
    }
  }
}
