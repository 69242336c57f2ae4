package org.uncounted.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MerkleFrontierTest {
    @Test
    void root_afterEachAppend_equalsTheFullTreeHead() {
        long seed = 20261129L;
        System.out.println("MerkleFrontierTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        MerkleFrontier f = new MerkleFrontier();
        List<byte[]> leaves = new ArrayList<>();
        assertThat(f.root()).isEqualTo(MerkleTree.root(leaves, 0));
        for (int n = 1; n <= 300; n++) {
            byte[] data = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < data.length; i++) data[i] = (byte) random.nextInt(256);
            byte[] leaf = MerkleTree.leafHash(data);
            leaves.add(leaf);
            f.addLeafHash(leaf);
            assertThat(f.size()).isEqualTo(n);
            assertThat(f.root()).as("size %d", n).isEqualTo(MerkleTree.root(leaves, n));
        }
    }
}
