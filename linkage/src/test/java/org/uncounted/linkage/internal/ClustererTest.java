package org.uncounted.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClustererTest {
    @Test
    void cluster_oneGoodLinkToAStranger_doesNotChain() {
        // records 0,1,2 from three sources: 0-1 sure, 1-2 sure, but 0-2 surely different
        long[] pairs = {Blocking.pack(0, 1), Blocking.pack(0, 2), Blocking.pack(1, 2)};
        Arrays.sort(pairs);
        float[] p = new float[3];
        p[Arrays.binarySearch(pairs, Blocking.pack(0, 1))] = 0.999f;
        p[Arrays.binarySearch(pairs, Blocking.pack(1, 2))] = 0.99f;
        p[Arrays.binarySearch(pairs, Blocking.pack(0, 2))] = 0.0001f;
        Clusterer c = new Clusterer(pairs, new int[] {0, 1, 2});
        int[] ids = c.cluster(p, 0.5, 0.8, Clusterer.byDescendingProbability(p));
        assertThat(ids[0]).isEqualTo(ids[1]);
        assertThat(ids[2]).isNotEqualTo(ids[0]);
    }

    @Test
    void cluster_sameSourceNeedsMoreEvidence() {
        long[] pairs = {Blocking.pack(0, 1)};
        float[] p = {0.7f};
        assertThat(new Clusterer(pairs, new int[] {0, 0}).cluster(p, 0.5, 0.8, new int[] {0}))
                .containsExactly(0, 1);
        assertThat(new Clusterer(pairs, new int[] {0, 1}).cluster(p, 0.5, 0.8, new int[] {0}))
                .containsExactly(0, 0);
    }
}
