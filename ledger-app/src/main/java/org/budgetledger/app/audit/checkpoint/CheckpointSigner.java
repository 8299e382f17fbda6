package org.budgetledger.app.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Signs checkpoints with the ledger's Ed25519 key and verifies them with its public half.
 *
 * <p>The time comes from the caller, the application's single {@code Clock}, so that checkpoints in
 * tests are reproducible; Ed25519 signatures are deterministic, so equal input gives equal files.
 */
public final class CheckpointSigner {

  private static final String ALGORITHM = "Ed25519";

  private final LedgerKeys keys;

  /** The raw 32-byte seed, when the key can give it (a key in a hardware module cannot). */
  private final byte[] seed;

  private final byte[] publicKey;

  /** Hashed once: every write transaction signs a head under the append lock. */
  private final String keyId;

  public CheckpointSigner(LedgerKeys keys) {
    this.keys = keys;
    this.keyId = keys.keyId();
    this.seed =
        keys.keyPair().getPrivate() instanceof EdECPrivateKey edec
            ? edec.getBytes().orElse(null)
            : null;
    byte[] encoded = keys.publicKey().getEncoded();
    // An Ed25519 SubjectPublicKeyInfo ends with the 32 bytes of the key itself.
    this.publicKey =
        Arrays.copyOfRange(encoded, encoded.length - Ed25519.PUBLIC_KEY_SIZE, encoded.length);
  }

  /** A checkpoint stating that the first {@code treeSize} events have the given Merkle root. */
  public Checkpoint sign(long treeSize, byte[] rootHash, Instant createdAt) {
    String rootHex = HexFormat.of().formatHex(rootHash);
    String created = createdAt.toString();
    String text = Checkpoint.signedText(treeSize, rootHex, created, keyId);
    byte[] message = text.getBytes(StandardCharsets.UTF_8);
    String signature = Base64.getEncoder().encodeToString(signature(message));
    return new Checkpoint(treeSize, rootHex, created, keyId, signature);
  }

  /**
   * RFC 8032 Ed25519, deterministic: Bouncy Castle's signature is the JDK's, byte for byte ({@code
   * CheckpointSignerTest}). A tree head is signed inside every write transaction, under the
   * ledger-wide append lock, and the JDK derives the public key again on each signature (two
   * base-point multiplications where one suffices), so its signature took a sixth of a write's
   * server time; Bouncy Castle, given the public key and its precomputed tables, takes a quarter of
   * it.
   */
  byte[] signature(byte[] message) {
    if (seed == null) {
      return jdkSignature(message);
    }
    byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
    Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
    return signature;
  }

  byte[] jdkSignature(byte[] message) {
    try {
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(keys.keyPair().getPrivate());
      signer.update(message);
      return signer.sign();
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
