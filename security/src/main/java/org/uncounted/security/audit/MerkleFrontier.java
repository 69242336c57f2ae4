package org.uncounted.security.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 6962 Merkle tree head of a growing log in O(log n) memory: the roots of the perfect
 * subtrees of the binary decomposition of n (the "frontier"), updated with each appended leaf.
 * {@link #root()} equals {@link MerkleTree#root} over the same leaves, so a store can sign a tree
 * head after every write without rehashing the whole log. Not thread-safe.
 */
public final class MerkleFrontier {
    /** Perfect-subtree roots, largest (leftmost) first; sizes are the set bits of {@link #size}. */
    private final List<byte[]> nodes = new ArrayList<>();

    private long size;

    /** Appends the leaf {@code AuditEntry.encode()} of the next entry. */
    public void add(AuditEntry entry) {
        addLeafHash(MerkleTree.leafHash(entry.encode()));
    }

    /** Appends a leaf given by its hash ({@link MerkleTree#leafHash}). */
    public void addLeafHash(byte[] leafHash) {
        byte[] h = leafHash.clone();
        long s = size;
        // merge equal-sized subtrees, as in a binary counter
        while ((s & 1) == 1) {
            h = MerkleTree.nodeHash(nodes.remove(nodes.size() - 1), h);
            s >>= 1;
        }
        nodes.add(h);
        size++;
    }

    /** Number of leaves so far. */
    public long size() {
        return size;
    }

    /** The tree head of every leaf so far (SHA-256 of the empty string for none). */
    public byte[] root() {
        if (nodes.isEmpty()) {
            return MerkleTree.root(List.of(), 0);
        }
        byte[] r = nodes.get(nodes.size() - 1);
        for (int i = nodes.size() - 2; i >= 0; i--) {
            r = MerkleTree.nodeHash(nodes.get(i), r);
        }
        return r.clone();
    }
}
