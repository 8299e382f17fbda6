package org.budgetledger.app.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.budgetledger.app.audit.AuditFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerKeysTest {

  @TempDir Path directory;

  @Test
  void createsTheKeyPairOnFirstStartAndReusesItAfterwards() throws Exception {
    LedgerKeys first = LedgerKeys.loadOrCreate(directory);
    LedgerKeys second = LedgerKeys.loadOrCreate(directory);

    assertThat(second.keyId()).isEqualTo(first.keyId());
    assertThat(second.keyPair().getPrivate().getEncoded())
        .isEqualTo(first.keyPair().getPrivate().getEncoded());
    assertThat(Files.readString(directory.resolve(LedgerKeys.PRIVATE_FILE)))
        .startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(Files.getPosixFilePermissions(directory.resolve(LedgerKeys.PRIVATE_FILE)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void theExportedPublicKeyVerifiesCheckpointsSignedWithThePrivateKey() {
    LedgerKeys keys = LedgerKeys.loadOrCreate(directory);
    Checkpoint checkpoint =
        new CheckpointSigner(keys).sign(3, new byte[32], AuditFixture.SIGNED_AT);

    String pem = keys.publicKeyPem();

    assertThat(pem)
        .startsWith("-----BEGIN PUBLIC KEY-----\n")
        .endsWith("-----END PUBLIC KEY-----\n");
    assertThat(CheckpointSigner.verify(checkpoint, LedgerKeys.readPublicKeyPem(pem))).isTrue();
  }

  @Test
  void refusesToReplaceAKeyWhosePrivateHalfIsLost() throws Exception {
    LedgerKeys.loadOrCreate(directory);
    Files.delete(directory.resolve(LedgerKeys.PRIVATE_FILE));

    assertThatThrownBy(() -> LedgerKeys.loadOrCreate(directory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "only one of " + LedgerKeys.PRIVATE_FILE + " and " + LedgerKeys.PUBLIC_FILE);
  }

  @Test
  void refusesAPrivateKeyOthersMayRead() throws Exception {
    LedgerKeys.loadOrCreate(directory);
    Path key = directory.resolve(LedgerKeys.PRIVATE_FILE);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> LedgerKeys.loadOrCreate(directory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rw-r--r--")
        .hasMessageContaining("chmod 600 " + key);
  }
}
