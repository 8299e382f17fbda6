package org.budgetledger.app.importer.pdf;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The development corpus's PDFs, each read once per test run. */
final class CorpusPdf {
  private static final Map<String, PdfContent> READ = new ConcurrentHashMap<>();

  private CorpusPdf() {}

  static Path dir() {
    try {
      return Path.of(CorpusPdf.class.getResource("/corpus/pdf").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static PdfContent read(String file) {
    return READ.computeIfAbsent(
        file,
        f -> {
          try {
            return new PdfTableReader().read(dir().resolve(f));
          } catch (PdfReadException e) {
            throw new AssertionError("corpus PDF refused: " + e.getMessage(), e);
          }
        });
  }

  /** The one table of the document with this title. */
  static PdfTable table(String file, String title) {
    List<PdfTable> found =
        read(file).tables().stream().filter(t -> t.title().equals(title)).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " tables titled " + title + " in " + file);
    }
    return found.get(0);
  }

  /** The first body row whose first non-empty cells read {@code start}. */
  static PdfRow row(PdfTable table, String start) {
    return table.rows().stream()
        .filter(r -> String.join("|", r.texts()).startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row starting " + start + " in " + table.title()));
  }
}
