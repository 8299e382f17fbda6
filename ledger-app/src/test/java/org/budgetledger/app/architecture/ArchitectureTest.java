package org.budgetledger.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.budgetledger");
  }

  @Test
  void domainHasNoWebSqlSpringOrAdapters() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.budgetledger.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.springframework..",
                "java.sql..",
                "javax.sql..",
                "jakarta.servlet..",
                "org.budgetledger.projections..",
                "org.budgetledger.app..");
    rule.check(classes);
  }

  @Test
  void projectionsDoNotReachIntoTheApp() {
    noClasses()
        .that()
        .resideInAPackage("org.budgetledger.projections..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.budgetledger.app..")
        .check(classes);
  }

  @Test
  void theAggregateIsPackagePrivateAndMessagesArePublicRecords() {
    classes()
        .that()
        .resideInAPackage("org.budgetledger.core.budget")
        .and()
        .haveSimpleName("DepartmentBudget")
        .should()
        .notBePublic()
        .check(classes);
    classes()
        .that()
        .resideInAPackage("org.budgetledger.core.budget.api")
        .and()
        .haveSimpleNameEndingWith("Event")
        .and()
        .areNotInterfaces()
        .should()
        .beRecords()
        .andShould()
        .bePublic()
        .check(classes);
    classes()
        .that()
        .resideInAPackage("org.budgetledger.core.budget.api")
        .and()
        .haveSimpleNameEndingWith("Command")
        .and()
        .areNotInterfaces()
        .should()
        .beRecords()
        .check(classes);
  }

  /**
   * Each module's top-level packages form a one-way graph (e.g. {@code app.api} and {@code
   * app.adjustment} both use {@code app.request}, never each other).
   */
  @Test
  void packagesOfEveryModuleAreFreeOfCycles() {
    for (String module : new String[] {"core", "projections", "app"}) {
      slices()
          .matching("org.budgetledger." + module + ".(*)..")
          .namingSlices(module + ".$1")
          .should()
          .beFreeOfCycles()
          .check(classes);
    }
  }

  /**
   * And package by package, subpackages included: the audit's chain and Merkle tree below its
   * checkpoints and verification, the inquiry's tables below provenance and diffs.
   */
  @Test
  void everyPackageIsFreeOfCycles() {
    slices().matching("org.budgetledger.(**)").should().beFreeOfCycles().check(classes);
  }

  /**
   * The offline verifier and the importer run without the application: the document parser, the
   * planner, the reconstruction and the audit's hashing, Merkle, checkpoint and verification code
   * know no Spring and no SQL. Only the packages' adapters ({@code importer}, {@code audit.trail})
   * do.
   */
  @Test
  void importerAndAuditCoreKnowNoSpringAndNoSql() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.budgetledger.app.importer.*..",
            "org.budgetledger.app.audit.chain..",
            "org.budgetledger.app.audit.merkle..",
            "org.budgetledger.app.audit.checkpoint..",
            "org.budgetledger.app.audit.verification..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
        .check(classes);
  }

  @Test
  void tablePackagesDoNotDependOnEachOther() {
    String[] tables = {
      "incomeexpendituresummary",
      "incomesummary",
      "expendituresummary",
      "procurement",
      "fiscalappropriationsummary",
      "generalbudgetexpenditure",
      "generalbudgetbasic",
      "governmentfundexpenditure",
      "statecapitalexpenditure",
      "threepublicexpenses",
      "purchasedservices",
      "projectperformance",
      "departmentperformance"
    };
    for (String table : tables) {
      for (String other : tables) {
        if (!table.equals(other)) {
          noClasses()
              .that()
              .resideInAPackage("org.budgetledger.projections.tables." + table)
              .should()
              .dependOnClassesThat()
              .resideInAPackage("org.budgetledger.projections.tables." + other)
              .check(classes);
        }
      }
    }
  }
}
