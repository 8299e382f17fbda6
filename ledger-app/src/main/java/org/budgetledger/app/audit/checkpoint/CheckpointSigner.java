package org.budgetledger.app.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs checkpoints with the ledger's Ed25519 key and verifies them with its public half.
 *
 * <p>The time comes from the caller, the application's single {@code Clock}, so that checkpoints in
 * tests are reproducible; Ed25519 signatures are deterministic, so equal input gives equal files.
 */
public final class CheckpointSigner {

  private static final String ALGORITHM = "Ed25519";

  private final LedgerKeys keys;

  public CheckpointSigner(LedgerKeys keys) {
    this.keys = keys;
  }

  /** A checkpoint stating that the first {@code treeSize} events have the given Merkle root. */
  public Checkpoint sign(long treeSize, byte[] rootHash, Instant createdAt) {
    String rootHex = HexFormat.of().formatHex(rootHash);
    String text = Checkpoint.signedText(treeSize, rootHex, createdAt.toString(), keys.keyId());
    try {
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(keys.keyPair().getPrivate());
      signer.update(text.getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getEncoder().encodeToString(signer.sign());
      return new Checkpoint(treeSize, rootHex, createdAt.toString(), keys.keyId(), signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a checkpoint with the ledger's Ed25519 key", e);
    }
  }

  /**
   * Whether the checkpoint was signed, unchanged, by the holder of {@code publicKey}. A checkpoint
   * naming another key, or with a signature that is not even base64, is simply not valid.
   */
  public static boolean verify(Checkpoint checkpoint, PublicKey publicKey) {
    if (!checkpoint.keyId().equals(LedgerKeys.keyId(publicKey))) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(publicKey);
      verifier.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
      return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
    } catch (IllegalArgumentException | java.security.SignatureException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot verify with Ed25519", e);
    }
  }
}
