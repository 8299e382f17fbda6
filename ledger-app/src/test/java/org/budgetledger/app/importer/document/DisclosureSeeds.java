package org.budgetledger.app.importer.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.core.model.Fen;

/** The two published documents the project keeps under seeds/, and helpers for exact figures. */
final class DisclosureSeeds {
  static final String DISTRICT = "2026-dongcheng-district-healthcare-security-bureau.txt";
  static final String MUNICIPAL = "2026-beijing-municipal-healthcare-security-bureau.txt";

  private DisclosureSeeds() {}

  static String text(String fileName) {
    Path path = Path.of("..", "seeds", fileName);
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("seed " + path.toAbsolutePath() + " not readable", e);
    }
  }

  static ParseResult parse(String fileName) {
    return new DisclosureDocumentParser().parse(fileName, text(fileName));
  }

  /** Fen of an amount in 万元 as printed. */
  static long wan(String printed) {
    return Fen.parseWan(printed).value();
  }

  static long fen(PublishedAmount amount) {
    return amount.value().value();
  }
}
