package org.uncounted.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.uncounted.security.internal.Bytes;

/** RFC 6962 test vectors (certificate-transparency reference data) and exhaustive proof checks. */
class MerkleTreeTest {
    static final byte[][] LEAVES = {
        {},
        {0x00},
        {0x10},
        {0x20, 0x21},
        {0x30, 0x31},
        {0x40, 0x41, 0x42, 0x43},
        {0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57},
        {0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f}
    };
    static final String[] ROOTS = {
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    };

    @Test
    void roots_matchRfc6962ReferenceVectors() {
        List<byte[]> hashes = new ArrayList<>();
        for (byte[] l : LEAVES) {
            hashes.add(MerkleTree.leafHash(l));
        }
        assertThat(Bytes.hex(MerkleTree.root(hashes, 0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int n = 1; n <= 8; n++) {
            assertThat(Bytes.hex(MerkleTree.root(hashes, n)))
                    .as("root of %d", n)
                    .isEqualTo(ROOTS[n - 1]);
        }
    }

    @Test
    void everyInclusionAndConsistencyProof_upTo64_verifies_andTamperedOnesFail() {
        long seed = 6962L;
        System.out.println("MerkleTreeTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        List<AuditEntry> log = AuditLogTest.log(64);
        List<byte[]> h = MerkleTree.leafHashes(log);
        byte[][] roots = new byte[65][];
        for (int n = 1; n <= 64; n++) {
            roots[n] = MerkleTree.root(h, n);
        }
        int checked = 0;
        for (int n = 1; n <= 64; n++) {
            for (int i = 0; i < n; i++) {
                List<byte[]> p = MerkleTree.inclusionProof(h, i, n);
                assertThat(MerkleTree.verifyInclusion(h.get(i), i, n, p, roots[n]))
                        .as("leaf %d of %d", i, n)
                        .isTrue();
                assertThat(MerkleTree.verifyInclusion(h.get((i + 1) % n), i, n, p, roots[n]) && n > 1)
                        .isFalse();
                checked++;
            }
            for (int m = 1; m <= n; m++) {
                List<byte[]> p = MerkleTree.consistencyProof(h, m, n);
                assertThat(MerkleTree.verifyConsistency(m, n, roots[m], roots[n], p))
                        .as("%d -> %d", m, n)
                        .isTrue();
                if (!p.isEmpty()) {
                    List<byte[]> bad = new ArrayList<>(p);
                    byte[] b = bad.get(r.nextInt(bad.size())).clone();
                    b[r.nextInt(32)] ^= 1;
                    int at = r.nextInt(bad.size());
                    bad.set(at, b);
                    assertThat(MerkleTree.verifyConsistency(m, n, roots[m], roots[n], bad))
                            .as("tampered %d -> %d", m, n)
                            .isFalse();
                }
                if (m < n) {
                    assertThat(MerkleTree.verifyConsistency(m, n, roots[n], roots[n], p))
                            .isFalse();
                }
                checked++;
            }
        }
        System.out.println("Merkle proofs checked: " + checked);
    }

    @Test
    void rewrittenHistory_hasNoConsistencyProof() {
        List<AuditEntry> log = AuditLogTest.log(40);
        List<byte[]> h = MerkleTree.leafHashes(log);
        byte[] old = MerkleTree.root(h, 20);
        List<byte[]> rewritten = new ArrayList<>(h);
        rewritten.set(7, MerkleTree.leafHash(new byte[] {1}));
        List<byte[]> proof = MerkleTree.consistencyProof(rewritten, 20, 40);
        assertThat(MerkleTree.verifyConsistency(20, 40, old, MerkleTree.root(rewritten, 40), proof))
                .isFalse();
    }
}
