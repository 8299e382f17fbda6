package org.budgetledger.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The documents an import names: a file as given, a folder as the PDF and text files directly in
 * it, by name, so a folder's import is the same on every run.
 */
final class ImportFiles {
  private ImportFiles() {}

  static List<Path> expand(List<Path> given) {
    List<Path> files = new ArrayList<>();
    for (Path path : given) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> inside = Files.list(path)) {
        inside
            .filter(Files::isRegularFile)
            .filter(ImportFiles::isDocument)
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    }
    return files;
  }

  private static boolean isDocument(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".pdf") || name.endsWith(".txt");
  }
}
