package org.uncounted.security.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.internal.Hkdf;
import org.uncounted.security.keys.Ids;

/**
 * One entry of the hash-chained audit log. Carries opaque ids only, never content (ids are
 * validated against {@link Ids#ID}).
 *
 * <p>{@code entryHash = SHA-256(body ‖ prevHash)} where body is the canonical encoding of
 * seq, time, actor, action and object ids; {@code mac = HMAC-SHA256(auditKey, entryHash)} so that
 * someone with write access to the database but without the keyring cannot recompute the chain.
 * The stored form is {@link #encode()}; {@link #decode(byte[])} is strict.
 *
 * @param seq 1-based position in the log
 * @param time when the action happened (UTC)
 * @param actorId the user (or {@code "system"}) who acted
 * @param action what happened
 * @param objectIds the ids acted upon (cases, rows, sources, analyses, archives), possibly empty
 * @param prevHash the previous entry's hash (32 zero bytes for the first entry)
 * @param entryHash hash of this entry's body and {@code prevHash}
 * @param mac HMAC of {@code entryHash} under the audit key (32 bytes)
 */
public record AuditEntry(
        long seq,
        Instant time,
        String actorId,
        AuditAction action,
        List<String> objectIds,
        byte[] prevHash,
        byte[] entryHash,
        byte[] mac) {
    static final byte VERSION = 1;
    static final int MAX_OBJECTS = 1000;

    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("audit seq must be >= 1, was " + seq);
        }
        Objects.requireNonNull(time, "time");
        Ids.require("actorId", actorId);
        Objects.requireNonNull(action, "action");
        objectIds = List.copyOf(objectIds);
        if (objectIds.size() > MAX_OBJECTS) {
            throw new IllegalArgumentException(
                    "audit entry has " + objectIds.size() + " object ids, max " + MAX_OBJECTS);
        }
        objectIds.forEach(id -> Ids.require("objectId", id));
        prevHash = check32("prevHash", prevHash);
        entryHash = check32("entryHash", entryHash);
        mac = check32("mac", mac);
    }

    private static byte[] check32(String what, byte[] b) {
        if (b == null || b.length != 32) {
            throw new IllegalArgumentException(what + " must be 32 bytes, was " + (b == null ? "null" : b.length));
        }
        return b.clone();
    }

    /** Builds the next entry: computes its hash from the body and {@code prevHash}, and its MAC. */
    static AuditEntry create(
            long seq,
            Instant time,
            String actorId,
            AuditAction action,
            List<String> objectIds,
            byte[] prevHash,
            byte[] macKey) {
        byte[] body = body(seq, time, actorId, action, objectIds, prevHash);
        byte[] hash = Bytes.sha256(body);
        return new AuditEntry(seq, time, actorId, action, objectIds, prevHash, hash, mac(macKey, hash));
    }

    static byte[] mac(byte[] macKey, byte[] entryHash) {
        return mac(Hkdf.hmacSha256(macKey), entryHash);
    }

    static byte[] mac(javax.crypto.Mac mac, byte[] entryHash) {
        mac.update((byte) 'M');
        return mac.doFinal(entryHash);
    }

    /** The hash this entry should have, recomputed from its fields. */
    byte[] recomputeHash() {
        return Bytes.sha256(body(seq, time, actorId, action, objectIds, prevHash));
    }

    private static byte[] body(
            long seq, Instant time, String actor, AuditAction action, List<String> ids, byte[] prev) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("uncounted/audit/v1".getBytes(StandardCharsets.US_ASCII));
        out.write(VERSION);
        out.writeBytes(ByteBuffer.allocate(20)
                .putLong(seq)
                .putLong(time.getEpochSecond())
                .putInt(time.getNano())
                .array());
        writeString(out, actor);
        writeString(out, action.name());
        out.write(ids.size() >>> 8);
        out.write(ids.size());
        for (String id : ids) {
            writeString(out, id);
        }
        out.writeBytes(prev);
        return out.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >>> 8);
        out.write(b.length);
        out.writeBytes(b);
    }

    /** The stored form: version, seq, time, actor, action, object ids, prevHash, entryHash, mac. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] body = body(seq, time, actorId, action, objectIds, prevHash);
        int prefix = "uncounted/audit/v1".length();
        out.write(body, prefix, body.length - prefix);
        out.writeBytes(entryHash);
        out.writeBytes(mac);
        return out.toByteArray();
    }

    /** Parses {@link #encode()}'s output; any malformation → IllegalArgumentException. */
    public static AuditEntry decode(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.get() != VERSION) {
                throw new IllegalArgumentException("unknown audit entry version");
            }
            long seq = in.getLong();
            long sec = in.getLong();
            int nano = in.getInt();
            if (nano < 0 || nano > 999_999_999) {
                throw new IllegalArgumentException("nanoseconds out of range");
            }
            Instant time = Instant.ofEpochSecond(sec, nano);
            String actor = readString(in);
            AuditAction action = AuditAction.valueOf(readString(in));
            int n = ((in.get() & 0xff) << 8) | (in.get() & 0xff);
            List<String> ids = new ArrayList<>(Math.min(n, MAX_OBJECTS));
            for (int i = 0; i < n; i++) {
                ids.add(readString(in));
            }
            byte[] prev = new byte[32];
            byte[] hash = new byte[32];
            byte[] mac = new byte[32];
            in.get(prev).get(hash).get(mac);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " trailing bytes");
            }
            return new AuditEntry(seq, time, actor, action, ids, prev, hash, mac);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed audit entry: " + e.getMessage(), e);
        }
    }

    private static String readString(ByteBuffer in) {
        int len = ((in.get() & 0xff) << 8) | (in.get() & 0xff);
        byte[] b = new byte[len];
        in.get(b);
        String s = new String(b, StandardCharsets.UTF_8);
        if (!Arrays.equals(s.getBytes(StandardCharsets.UTF_8), b)) {
            throw new IllegalArgumentException("invalid UTF-8");
        }
        return s;
    }

    @Override
    public byte[] prevHash() {
        return prevHash.clone();
    }

    @Override
    public byte[] entryHash() {
        return entryHash.clone();
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEntry e && Arrays.equals(e.encode(), encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entryHash);
    }

    @Override
    public String toString() {
        return "AuditEntry[#" + seq + " " + time + " " + actorId + " " + action + " " + objectIds + " "
                + Bytes.hex(entryHash).substring(0, 16) + "]";
    }
}
