package org.budgetledger.app.audit.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.budgetledger.app.audit.chain.EventHasher;

/**
 * The ledger's Ed25519 signing key for checkpoints, kept as two PEM files in a directory the caller
 * chooses: {@value #PRIVATE_FILE} (PKCS#8, readable by the owner only where the file system allows)
 * and {@value #PUBLIC_FILE} (X.509 SubjectPublicKeyInfo, to hand to auditors).
 *
 * <p>The key never enters an event or a checkpoint; checkpoints carry only its {@link #keyId}.
 */
public record LedgerKeys(KeyPair keyPair) {

  public static final String PRIVATE_FILE = "audit-ed25519-private.pem";
  public static final String PUBLIC_FILE = "audit-ed25519-public.pem";
  private static final String ALGORITHM = "Ed25519";

  public static LedgerKeys generate() {
    try {
      return new LedgerKeys(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Java 15+ provides Ed25519", e);
    }
  }

  /**
   * The keys in {@code directory}, generated and saved there on first start. Exactly one of the two
   * files present means a lost key: that fails rather than silently replacing the key that signed
   * the existing checkpoints.
   */
  public static LedgerKeys loadOrCreate(Path directory) {
    boolean hasPrivate = Files.exists(directory.resolve(PRIVATE_FILE));
    boolean hasPublic = Files.exists(directory.resolve(PUBLIC_FILE));
    if (hasPrivate && hasPublic) {
      return load(directory);
    }
    if (hasPrivate || hasPublic) {
      throw new IllegalStateException(
          "only one of "
              + PRIVATE_FILE
              + " and "
              + PUBLIC_FILE
              + " is in "
              + directory
              + "; restore the other instead of creating a new key");
    }
    LedgerKeys keys = generate();
    keys.save(directory);
    return keys;
  }

  /**
   * Reads the key pair; a private key file that its group or others may read is refused, as ssh
   * refuses one: the key must be where only the ledger's own OS user can reach it, never the
   * database or its roles.
   */
  public static LedgerKeys load(Path directory) {
    requireOwnerOnly(directory.resolve(PRIVATE_FILE));
    try {
      KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
      byte[] pkcs8 = Pem.decode(Files.readString(directory.resolve(PRIVATE_FILE)), "PRIVATE KEY");
      PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      PublicKey publicKey = readPublicKeyPem(Files.readString(directory.resolve(PUBLIC_FILE)));
      return new LedgerKeys(new KeyPair(publicKey, privateKey));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit keys in " + directory, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the audit keys in " + directory + " are not Ed25519 keys", e);
    }
  }

  /** Writes both PEM files; the private one is written first to a temporary file, then moved. */
  public void save(Path directory) {
    try {
      if (Files.notExists(directory)
          && directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(
            directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "audit-key", ".tmp");
      restrictToOwner(temporary);
      Files.writeString(temporary, Pem.encode(keyPair.getPrivate().getEncoded(), "PRIVATE KEY"));
      Files.move(temporary, directory.resolve(PRIVATE_FILE), StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(directory.resolve(PUBLIC_FILE), publicKeyPem());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit keys to " + directory, e);
    }
  }

  public PublicKey publicKey() {
    return keyPair.getPublic();
  }

  /** The public key as PEM, to export for auditors and the offline verifier. */
  public String publicKeyPem() {
    return Pem.encode(keyPair.getPublic().getEncoded(), "PUBLIC KEY");
  }

  public String keyId() {
    return keyId(keyPair.getPublic());
  }

  /** First 8 bytes, in hex, of SHA-256 over the key's X.509 SubjectPublicKeyInfo encoding. */
  public static String keyId(PublicKey publicKey) {
    byte[] digest = EventHasher.newSha256().digest(publicKey.getEncoded());
    return HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
  }

  public static PublicKey readPublicKeyPem(String pem) {
    try {
      byte[] x509 = Pem.decode(pem, "PUBLIC KEY");
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  private static void requireOwnerOnly(Path privateKey) {
    if (!privateKey.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Set<PosixFilePermission> open = EnumSet.copyOf(Files.getPosixFilePermissions(privateKey));
      open.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
      if (!open.isEmpty()) {
        throw new IllegalStateException(
            "the audit signing key "
                + privateKey
                + " has permissions "
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))
                + ": only its owner may read it; chmod 600 "
                + privateKey);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the permissions of " + privateKey, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
