package org.budgetledger.app.importer.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The development corpus for tests: its catalogue and each PDF's text lines (PDFBox, sorted). */
final class CorpusText {
  static final Path DIR = Path.of("src/test/resources/corpus");
  private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();

  private CorpusText() {}

  /** file name → catalogue family, as the catalogue names it. */
  static Map<String, String> families() {
    try {
      Map<String, String> families = new java.util.TreeMap<>();
      List<String> rows = Files.readAllLines(DIR.resolve("catalogue.tsv"));
      for (String row : rows.subList(1, rows.size())) {
        String[] cells = row.split("\t");
        families.put(cells[0], cells[1]);
      }
      return families;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String file) {
    return LINES.computeIfAbsent(file, CorpusText::read);
  }

  private static List<String> read(String file) {
    try (PDDocument document = Loader.loadPDF(DIR.resolve("pdf").resolve(file).toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return List.of(stripper.getText(document).split("\\R"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
