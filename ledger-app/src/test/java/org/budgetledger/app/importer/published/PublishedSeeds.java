package org.budgetledger.app.importer.published;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.core.model.Fen;

/** The two seeds under seeds/, parsed; figures in 万元 as printed, to exact fen. */
final class PublishedSeeds {
  static final String DISTRICT = "2026-dongcheng-district-healthcare-security-bureau.txt";
  static final String MUNICIPAL = "2026-beijing-municipal-healthcare-security-bureau.txt";

  private PublishedSeeds() {}

  static ParseResult parse(String fileName) {
    Path path = Path.of("..", "seeds", fileName);
    try {
      return new DisclosureDocumentParser().parse(fileName, Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("seed " + path.toAbsolutePath() + " not readable", e);
    }
  }

  static Fen wan(String printed) {
    return Fen.parseWan(printed);
  }
}
