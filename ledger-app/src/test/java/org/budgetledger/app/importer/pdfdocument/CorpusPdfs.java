package org.budgetledger.app.importer.pdfdocument;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetledger.app.importer.layout.FamilyDetection;
import org.budgetledger.app.importer.layout.FamilyDetector;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfReadException;
import org.budgetledger.app.importer.pdf.PdfTableReader;

/** The corpus PDFs read once per test run, with their family and their profiled tables. */
final class CorpusPdfs {
  static final Path DIR = Path.of("src/test/resources/corpus/pdf");
  private static final Map<String, Read> READ = new ConcurrentHashMap<>();

  private CorpusPdfs() {}

  record Read(PdfContent content, FamilyDetection family, ProfiledTables.Result tables) {}

  static Read read(String file) {
    return READ.computeIfAbsent(
        file,
        f -> {
          try {
            PdfContent content = new PdfTableReader().read(DIR.resolve(f));
            LayoutProfiles profiles = LayoutProfiles.builtIn();
            FamilyDetection family =
                new FamilyDetector(profiles).detect(PdfDisclosureReader.documentLines(content));
            return new Read(
                content,
                family,
                ProfiledTables.read(
                    content.tables(), family.profile(), profiles.vocabulary(family.profile())));
          } catch (PdfReadException e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
        });
  }
}
