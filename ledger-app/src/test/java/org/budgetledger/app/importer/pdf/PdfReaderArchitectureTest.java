package org.budgetledger.app.importer.pdf;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The PDF reader runs without the application: no Spring, no SQL, nothing else of the app. */
class PdfReaderArchitectureTest {
  private static final String PDF = "org.budgetledger.app.importer.pdf..";

  @Test
  void theReaderNeedsNeitherSpringNorSqlNorTheRestOfTheApplication() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.budgetledger.app.importer.pdf");

    noClasses()
        .that()
        .resideInAPackage(PDF)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "jakarta.persistence..",
            "org.axonframework..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(PDF)
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.budgetledger..").and(resideOutsideOfPackage(PDF)))
        .check(classes);
  }
}
