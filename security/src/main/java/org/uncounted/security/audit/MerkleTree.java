package org.uncounted.security.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.uncounted.security.internal.Bytes;

/**
 * RFC 6962 / RFC 9162 Merkle tree hashes over audit entries (leaf = {@link AuditEntry#encode()}),
 * with inclusion and consistency proofs and their verification (RFC 9162 §2.1.3.2, §2.1.4.2).
 * Lets a witness holding only a tree head of size m check, with O(log n) hashes, that a later head
 * of size n extends it, and lets a court check that one entry is in a witnessed log without seeing
 * the others. Computation here is over leaves in memory (O(n) per proof): fine for exports and
 * witness checks; an incremental store of subtree hashes would be the next step for very large logs.
 */
public final class MerkleTree {
    private MerkleTree() {}

    /** Leaf hash: SHA-256(0x00 ‖ data). */
    public static byte[] leafHash(byte[] data) {
        MessageDigest d = Bytes.sha256Digest();
        d.update((byte) 0);
        return d.digest(data);
    }

    /** Interior node hash: SHA-256(0x01 ‖ left ‖ right). */
    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = Bytes.sha256Digest();
        d.update((byte) 1);
        d.update(left);
        return d.digest(right);
    }

    /** The tree head (MTH) of the first {@code n} leaves, given as leaf hashes. */
    public static byte[] root(List<byte[]> leafHashes, int n) {
        return mth(leafHashes, 0, n);
    }

    private static byte[] mth(List<byte[]> l, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return Bytes.sha256(new byte[0]);
        }
        if (n == 1) {
            return l.get(from).clone();
        }
        int k = split(n);
        return nodeHash(mth(l, from, from + k), mth(l, from + k, to));
    }

    /** Largest power of two strictly less than n (n ≥ 2). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    /** Audit path for leaf {@code index} in the tree of the first {@code n} leaves (RFC 6962 PATH). */
    public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int index, int n) {
        if (index < 0 || index >= n || n > leafHashes.size()) {
            throw new IllegalArgumentException(
                    "leaf " + index + " not in a tree of " + n + " (have " + leafHashes.size() + ")");
        }
        List<byte[]> out = new ArrayList<>();
        path(leafHashes, index, 0, n, out);
        return out;
    }

    private static void path(List<byte[]> l, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(l, m, from, from + k, out);
            out.add(mth(l, from + k, to));
        } else {
            path(l, m - k, from + k, to, out);
            out.add(mth(l, from, from + k));
        }
    }

    /** Consistency proof between the trees of the first {@code m} and first {@code n} leaves (RFC 6962 PROOF). */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int m, int n) {
        if (m < 1 || m > n || n > leafHashes.size()) {
            throw new IllegalArgumentException("need 1 <= m (" + m + ") <= n (" + n + ") <= " + leafHashes.size());
        }
        List<byte[]> out = new ArrayList<>();
        subproof(leafHashes, m, 0, n, true, out);
        return out;
    }

    private static void subproof(List<byte[]> l, int m, int from, int to, boolean b, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!b) {
                out.add(mth(l, from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(l, m, from, from + k, b, out);
            out.add(mth(l, from + k, to));
        } else {
            subproof(l, m - k, from + k, to, false, out);
            out.add(mth(l, from, from + k));
        }
    }

    /** RFC 9162 §2.1.3.2: true if {@code proof} shows the leaf at {@code index} is in the tree of {@code size} with {@code root}. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Bytes.constantTimeEquals(r, root);
    }

    /** RFC 9162 §2.1.4.2: true if {@code proof} shows the tree (m, firstRoot) is a prefix of (n, secondRoot). */
    public static boolean verifyConsistency(long m, long n, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (m < 1 || m > n) {
            return false;
        }
        if (m == n) {
            return proof.isEmpty() && Bytes.constantTimeEquals(firstRoot, secondRoot);
        }
        List<byte[]> p = new ArrayList<>(proof);
        if (Long.bitCount(m) == 1) {
            p.add(0, firstRoot);
        }
        if (p.isEmpty()) {
            return false;
        }
        long fn = m - 1;
        long sn = n - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = p.get(0);
        byte[] sr = p.get(0);
        for (int i = 1; i < p.size(); i++) {
            byte[] c = p.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Bytes.constantTimeEquals(fr, firstRoot) && Bytes.constantTimeEquals(sr, secondRoot);
    }

    /** Leaf hashes of stored audit entries, in order. */
    public static List<byte[]> leafHashes(List<AuditEntry> entries) {
        List<byte[]> out = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            out.add(leafHash(e.encode()));
        }
        return out;
    }
}
