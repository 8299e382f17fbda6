package org.budgetledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 3: every file of a batch gets its report line. A folder the ledger's user may not
 * list threw {@code UncheckedIOException} out of the command, and no file of the batch was
 * reported.
 */
class ImportFilesTest {

  @Test
  void aFolderThatCannotBeListedStaysInTheBatchWithItsReasonBesideTheOthersFiles(@TempDir Path dir)
      throws IOException {
    Path open = Files.createDirectory(dir.resolve("open"));
    Files.writeString(open.resolve("b.txt"), "x");
    Files.writeString(open.resolve("a.pdf"), "x");
    Files.writeString(open.resolve("notes.csv"), "x");
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(locked.resolve("c.txt"), "x");
    Path missing = dir.resolve("missing.txt");

    // The tests run as root, whom the file system lets list any folder: the refusal a clerk's
    // account gets for a folder of mode 000 is given here as the JDK raises it.
    ImportFiles.Batch batch =
        ImportFiles.expand(
            List.of(locked, open, missing),
            folder -> {
              if (folder.equals(locked)) {
                throw new AccessDeniedException(folder.toString());
              }
              return Files.list(folder);
            });

    assertThat(batch.documents())
        .containsExactly(locked, open.resolve("a.pdf"), open.resolve("b.txt"), missing);
    assertThat(batch.unlisted()).containsOnlyKeys(locked);
    ImportReport report = batch.unlistedReport(locked);
    assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
    assertThat(report.problems().get(0).toString())
        .isEqualTo(
            locked
                + " [folder] cannot be listed (java.nio.file.AccessDeniedException: "
                + locked
                + "); none of its files was imported");
  }

  @Test
  void aFolderThatVanishesBeforeItIsListedIsReportedToo(@TempDir Path dir) throws IOException {
    Path gone = Files.createDirectory(dir.resolve("gone"));
    ImportFiles.Batch batch =
        ImportFiles.expand(
            List.of(gone),
            folder -> {
              Files.delete(folder);
              return Files.list(folder);
            });
    assertThat(batch.documents()).containsExactly(gone);
    assertThat(batch.unlisted().get(gone)).startsWith("java.nio.file.NoSuchFileException");
  }
}
