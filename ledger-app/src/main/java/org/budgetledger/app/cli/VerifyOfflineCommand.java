package org.budgetledger.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.verification.OfflineVerifier;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./ledger verify-offline CHECKPOINT EXPORT [--public-key PEM]}: checks an exported log
 * against a checkpoint file. {@code LedgerApplication} runs it without Spring or a database.
 */
@Component
@Command(
    name = "verify-offline",
    description =
        "Verify an exported event log (JSON lines) against a checkpoint file, without the database.")
public class VerifyOfflineCommand implements LedgerSubcommand {

  @Parameters(index = "0", paramLabel = "CHECKPOINT")
  Path checkpoint;

  @Parameters(index = "1", paramLabel = "EXPORT")
  Path export;

  @Option(
      names = "--public-key",
      paramLabel = "PEM",
      description =
          "the ledger's public key, as"
              + " received from the ledger by another channel than the two files (default: the local"
              + " ledger's, ${LEDGER_DATA_DIR:-./data}/keys/"
              + LedgerKeys.PUBLIC_FILE
              + ")")
  Path publicKey;

  @Override
  public Integer call() {
    Path key = publicKey != null ? publicKey : defaultKey();
    if (!Files.exists(key)) {
      System.err.println(
          "No public key at " + key + "; give the ledger's key with --public-key PEM");
      return 2;
    }
    long start = System.nanoTime();
    VerificationReport report = OfflineVerifier.verify(checkpoint, export, key);
    VerifyCommand.print(report, (System.nanoTime() - start) / 1e9);
    return VerifyCommand.exitCode(report);
  }

  private static Path defaultKey() {
    String dataDir = System.getenv().getOrDefault("LEDGER_DATA_DIR", "./data");
    return Path.of(dataDir, "keys", LedgerKeys.PUBLIC_FILE);
  }
}
