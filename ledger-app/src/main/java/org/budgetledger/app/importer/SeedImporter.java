package org.budgetledger.app.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.budgetledger.core.model.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On start, imports every document in the seeds directory, so a newcomer sees both departments at
 * once. Idempotent: a document already imported is skipped by its content hash.
 */
@Component
@ConditionalOnProperty(name = "ledger.seeds.import-on-start", havingValue = "true")
public class SeedImporter implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);
  private final DisclosureImporter importer;
  private final Path directory;

  public SeedImporter(
      DisclosureImporter importer, @Value("${ledger.seeds.directory:seeds}") String directory) {
    this.importer = importer;
    this.directory = Path.of(directory);
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!Files.isDirectory(directory)) {
      log.info("No seeds directory at {}: nothing imported on start", directory.toAbsolutePath());
      return;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      ImportReport report = importer.importFile(file, Actor.of("seed-importer"));
      log.info("Seed {}", report.toText().strip());
    }
  }
}
