package org.budgetledger.app.audit.checkpoint;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A signed tree head: the ledger's statement that its first {@code treeSize} events, in global
 * order, have the Merkle root {@code rootHash} (lowercase hex).
 *
 * <p>The signature covers {@link #signedText()}, five lines of UTF-8 each ending in a newline:
 *
 * <pre>
 * budget-ledger audit checkpoint v1
 * tree-size 1000000
 * root-hash 3f1c…(64 hex digits)
 * created-at 2025-03-01T08:00:00Z
 * key-id 9a0b1c2d3e4f5061
 * </pre>
 *
 * A checkpoint file is that text followed by {@code signature <base64 Ed25519 signature>}. Text
 * rather than JSON, so that the signed bytes are exactly what an auditor reads, with no serialiser
 * in between. {@code keyId} names the public key (see {@link LedgerKeys#keyId}).
 */
public record Checkpoint(
    long treeSize, String rootHash, String createdAt, String keyId, String signature) {

  static final String HEADER = "budget-ledger audit checkpoint v1";
  private static final Pattern HEX_32_BYTES = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern ONE_LINE = Pattern.compile("[^\\n\\r]+");

  public Checkpoint {
    if (treeSize < 0) {
      throw new InvalidCheckpointException("tree size " + treeSize + " is negative");
    }
    if (rootHash == null || !HEX_32_BYTES.matcher(rootHash).matches()) {
      throw new InvalidCheckpointException(
          "root hash '" + rootHash + "' is not 64 lowercase hex digits");
    }
    requireOneLine(createdAt, "created-at");
    requireOneLine(keyId, "key-id");
    requireOneLine(signature, "signature");
  }

  /** The exact text the signature covers. */
  public String signedText() {
    return signedText(treeSize, rootHash, createdAt, keyId);
  }

  static String signedText(long treeSize, String rootHash, String createdAt, String keyId) {
    return HEADER
        + "\n"
        + "tree-size "
        + treeSize
        + "\n"
        + "root-hash "
        + rootHash
        + "\n"
        + "created-at "
        + createdAt
        + "\n"
        + "key-id "
        + keyId
        + "\n";
  }

  public byte[] rootHashBytes() {
    return HexFormat.of().parseHex(rootHash);
  }

  /** The content of a checkpoint file. */
  public String toFileText() {
    return signedText() + "signature " + signature + "\n";
  }

  /** Reads a checkpoint file; the signature is checked by {@link CheckpointSigner#verify}. */
  public static Checkpoint parse(String fileText) {
    String[] lines = fileText.split("\n", -1);
    if (lines.length != 7 || !lines[0].equals(HEADER) || !lines[6].isEmpty()) {
      throw new InvalidCheckpointException(
          "not a checkpoint: expected the 6 lines of '" + HEADER + "'");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    String[] names = {"tree-size", "root-hash", "created-at", "key-id", "signature"};
    for (int i = 0; i < names.length; i++) {
      String prefix = names[i] + " ";
      if (!lines[i + 1].startsWith(prefix)) {
        throw new InvalidCheckpointException(
            "line " + (i + 2) + " of the checkpoint should start with '" + prefix + "'");
      }
      fields.put(names[i], lines[i + 1].substring(prefix.length()));
    }
    long treeSize;
    try {
      treeSize = Long.parseLong(fields.get("tree-size"));
    } catch (NumberFormatException e) {
      throw new InvalidCheckpointException(
          "tree size '" + fields.get("tree-size") + "' is not a number");
    }
    return new Checkpoint(
        treeSize,
        fields.get("root-hash"),
        fields.get("created-at"),
        fields.get("key-id"),
        fields.get("signature"));
  }

  private static void requireOneLine(String value, String field) {
    if (value == null || !ONE_LINE.matcher(value).matches()) {
      throw new InvalidCheckpointException(
          field + " must be one non-empty line, was '" + value + "'");
    }
  }
}
