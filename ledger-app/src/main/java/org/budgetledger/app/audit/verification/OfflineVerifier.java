package org.budgetledger.app.audit.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.stream.Stream;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;

/**
 * {@code verify-offline CHECKPOINT EXPORT}: checks an exported event log against a checkpoint file
 * with only the ledger's public key, no database and no trust in whoever handed over the files.
 *
 * <p>The public key must reach the auditor by another channel than the two files (published, or
 * handed over in person); a key that came with them would prove only that someone signed them.
 */
public final class OfflineVerifier {

  private OfflineVerifier() {}

  /** Verifies with the public key in a PEM file, as exported by {@link LedgerKeys#publicKeyPem}. */
  public static VerificationReport verify(Path checkpointFile, Path exportFile, Path publicKeyPem) {
    return verify(checkpointFile, exportFile, LedgerKeys.readPublicKeyPem(readText(publicKeyPem)));
  }

  public static VerificationReport verify(
      Path checkpointFile, Path exportFile, PublicKey publicKey) {
    Checkpoint checkpoint = Checkpoint.parse(readText(checkpointFile));
    try (Stream<HashedEvent> events = EventLogExport.read(exportFile)) {
      return new ChainVerifier(publicKey).verify(events.iterator(), List.of(checkpoint));
    }
  }

  /** Writes a checkpoint file, for {@code export-checkpoint}. */
  public static void writeCheckpoint(Path file, Checkpoint checkpoint) {
    try {
      Files.writeString(file, checkpoint.toFileText(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint file " + file, e);
    }
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
