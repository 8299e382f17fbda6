package org.budgetledger.app.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

public class MerkleTreeTest {

  private static final HexFormat HEX = HexFormat.of();

  /** The RFC 6962 reference vectors of google/certificate-transparency (merkle_tree_test.cc). */
  private static final List<String> CT_LEAVES =
      List.of(
          "",
          "00",
          "10",
          "2021",
          "3031",
          "40414243",
          "5051525354555657",
          "606162636465666768696a6b6c6d6e6f");

  private static final List<String> CT_ROOTS =
      List.of(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  @Test
  void rootsForZeroToEightLeavesFollowTheRecursiveDefinition() throws Exception {
    for (int n = 0; n <= 8; n++) {
      List<byte[]> leaves = eventHashes(n);
      MerkleFrontier frontier = new MerkleFrontier();
      leaves.forEach(frontier::append);

      assertThat(MerkleTree.of(leaves).rootHash()).as("tree of %d", n).isEqualTo(mth(leaves));
      assertThat(frontier.root()).as("frontier of %d", n).isEqualTo(mth(leaves));
    }
  }

  @Test
  void rootsMatchTheCertificateTransparencyReferenceVectors() {
    List<byte[]> leaves = CT_LEAVES.stream().map(HEX::parseHex).toList();
    MerkleTree tree = MerkleTree.of(leaves);
    for (int n = 0; n <= 8; n++) {
      assertThat(HEX.formatHex(tree.rootHash(n))).as("root of %d", n).isEqualTo(CT_ROOTS.get(n));
    }
    assertThat(tree.inclusionProof(5, 8))
        .extracting(HEX::formatHex)
        .containsExactly(
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    assertThat(tree.consistencyProof(6, 8))
        .extracting(HEX::formatHex)
        .containsExactly(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
  }

  @Test
  void frontierRootEqualsTreeRootAtEverySizeUpTo100() {
    List<byte[]> leaves = eventHashes(100);
    MerkleTree tree = MerkleTree.of(leaves);
    MerkleFrontier frontier = new MerkleFrontier();
    for (int n = 1; n <= 100; n++) {
      frontier.append(leaves.get(n - 1));
      assertThat(frontier.root()).as("size %d", n).isEqualTo(tree.rootHash(n));
    }
  }

  /** MTH of RFC 9162 §2.1.1, written from the text independently of the code under test. */
  static byte[] mth(List<byte[]> leaves) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    if (leaves.isEmpty()) {
      return sha256.digest();
    }
    if (leaves.size() == 1) {
      sha256.update((byte) 0);
      return sha256.digest(leaves.get(0));
    }
    int k = 1;
    while (k * 2 < leaves.size()) {
      k *= 2;
    }
    sha256.update((byte) 1);
    sha256.update(mth(leaves.subList(0, k)));
    return sha256.digest(mth(leaves.subList(k, leaves.size())));
  }

  /** Distinct 32-byte leaves standing in for event hashes. */
  public static List<byte[]> eventHashes(int n) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] leaf = new byte[32];
      leaf[0] = (byte) i;
      leaf[31] = (byte) (i * 7 + 1);
      leaves.add(leaf);
    }
    return leaves;
  }
}
