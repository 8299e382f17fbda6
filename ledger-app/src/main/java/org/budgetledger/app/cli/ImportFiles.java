package org.budgetledger.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.plan.ImportProblem;

/**
 * The documents an import names: a file as given, a folder as the PDF and text files directly in
 * it, by name, so a folder's import is the same on every run. A folder that cannot be listed stays
 * in the batch as itself, with the reason, so that it gets its report line like every file.
 */
final class ImportFiles {
  private ImportFiles() {}

  /** How a folder is listed; the file system's own listing but in tests of its refusals. */
  interface Lister {
    Stream<Path> list(Path folder) throws IOException;
  }

  /** The batch in the order given, and why each folder that could not be listed was not. */
  record Batch(List<Path> documents, Map<Path, String> unlisted) {
    /** The report of a folder that could not be listed: refused, naming it, nothing imported. */
    ImportReport unlistedReport(Path folder) {
      String name = String.valueOf(folder);
      return ImportReport.refused(
          new ImportProblem(
              name,
              0,
              "folder",
              "cannot be listed (" + unlisted.get(folder) + "); none of its files was imported"));
    }
  }

  static Batch expand(List<Path> given) {
    return expand(given, Files::list);
  }

  static Batch expand(List<Path> given, Lister lister) {
    List<Path> files = new ArrayList<>();
    Map<Path, String> unlisted = new LinkedHashMap<>();
    for (Path path : given) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> inside = lister.list(path)) {
        files.addAll(
            inside.filter(Files::isRegularFile).filter(ImportFiles::isDocument).sorted().toList());
      } catch (IOException | UncheckedIOException e) {
        files.add(path);
        unlisted.put(path, e.toString());
      }
    }
    return new Batch(files, unlisted);
  }

  private static boolean isDocument(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".pdf") || name.endsWith(".txt");
  }
}
