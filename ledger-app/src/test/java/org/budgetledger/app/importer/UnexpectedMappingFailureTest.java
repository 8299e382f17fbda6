package org.budgetledger.app.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.layout.ProfileTable;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.core.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * A PDF whose mapping through its layout fails in a way no rule names (commit 190a167): refused
 * with its place, nothing written, never an error out of the import. The real Yantai document is
 * mapped through its family made shapeless (tables of no kind and no content, which the YAML reader
 * would refuse but nothing else does): the family is recognised, and the mapping then throws.
 */
class UnexpectedMappingFailureTest {

  private static final String FILE = "yantai-2026-8bfe1f02.pdf";

  @Test
  void aPdfWhoseMappingThrowsIsRefusedWithItsPlaceAndNothingIsWritten() throws Exception {
    LayoutProfile yantai = LayoutProfiles.builtIn().family("yantai").orElseThrow();
    List<ProfileTable> untitled =
        yantai.tables().stream()
            .map(
                t ->
                    new ProfileTable(
                        t.number(), null, t.kind(), t.content(), t.unit(), t.decimals(), t.codes()))
            .toList();
    LayoutProfile broken =
        new LayoutProfile(
            yantai.family(),
            yantai.name(),
            yantai.markers(),
            yantai.numbering(),
            yantai.unit(),
            yantai.decimals(),
            yantai.codes(),
            untitled,
            yantai.measures(),
            yantai.textFormat());
    // No gateway, transaction or store: an import that went on to write would fail on them.
    DisclosureImporter importer =
        new DisclosureImporter(
            null,
            null,
            null,
            mock(ProjectionFreshness.class),
            Clock.systemUTC(),
            new LayoutProfiles(List.of(broken), List.of()));
    byte[] pdf = Files.readAllBytes(Path.of("src", "test", "resources", "corpus", "pdf", FILE));

    ImportReport report = importer.importBytes(FILE, pdf, Actor.of("luru"));

    assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
    assertThat(report.budgetId()).isNull();
    assertThat(report.problems()).hasSize(1);
    ImportProblem problem = report.problems().get(0);
    assertThat(problem.fileName()).isEqualTo(FILE);
    assertThat(problem.lineNo()).isZero();
    assertThat(problem.field()).isEqualTo("PDF");
    assertThat(problem.kind()).isEqualTo("pdf-tables-unreadable");
    assertThat(problem.message()).contains("nothing imported");
  }
}
