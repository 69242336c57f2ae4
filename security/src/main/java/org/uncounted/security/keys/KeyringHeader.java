package org.uncounted.security.keys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the store persists to unlock a keyring: KDF parameters and salt, the key check value,
 * and the root secrets wrapped under the master key. Nothing in it is secret on its own. It
 * lives in a small file beside (not inside) the database, because the database's own file
 * password is derived from it.
 *
 * @param source how the master key is obtained
 * @param kdf Argon2id parameters (null for key files)
 * @param salt Argon2id salt (empty for key files)
 * @param keyCheck value derived from the master key; a mismatch means a wrong passphrase
 * @param kekId fingerprint of the current key-encryption key
 * @param wrappedRoot the key-encryption key and stable secret, AES-256-GCM under the master key
 */
public record KeyringHeader(
        Source source, KdfParameters kdf, byte[] salt, byte[] keyCheck, String kekId, byte[] wrappedRoot) {
    static final String MAGIC = "uncounted-keyring v1";

    /** How the master key is obtained. */
    public enum Source {
        PASSPHRASE,
        KEY_FILE
    }

    public KeyringHeader {
        if (source == null || salt == null || keyCheck == null || wrappedRoot == null) {
            throw new IllegalArgumentException("keyring header needs source, salt, key check and root");
        }
        if (source == Source.PASSPHRASE) {
            if (kdf == null) {
                throw new IllegalArgumentException("a passphrase keyring header needs KDF parameters");
            }
            if (salt.length < 16) {
                throw new IllegalArgumentException("salt must be at least 16 bytes, was " + salt.length);
            }
        }
        Ids.require("kekId", kekId);
        salt = salt.clone();
        keyCheck = keyCheck.clone();
        wrappedRoot = wrappedRoot.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] keyCheck() {
        return keyCheck.clone();
    }

    @Override
    public byte[] wrappedRoot() {
        return wrappedRoot.clone();
    }

    /** A small UTF-8 text form, one {@code key=value} per line. */
    public byte[] encode() {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        sb.append("source=").append(source).append('\n');
        if (kdf != null) {
            sb.append("kdf=argon2id;m=")
                    .append(kdf.memoryKiB())
                    .append(";t=")
                    .append(kdf.iterations())
                    .append(";p=")
                    .append(kdf.parallelism())
                    .append('\n');
        }
        Base64.Encoder b64 = Base64.getEncoder();
        sb.append("salt=").append(b64.encodeToString(salt)).append('\n');
        sb.append("keycheck=").append(b64.encodeToString(keyCheck)).append('\n');
        sb.append("kek=").append(kekId).append('\n');
        sb.append("root=").append(b64.encodeToString(wrappedRoot)).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses {@link #encode()}'s output; malformed input → IllegalArgumentException naming the line. */
    public static KeyringHeader decode(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(MAGIC)) {
            throw new IllegalArgumentException("keyring header must start with '" + MAGIC + "'");
        }
        Map<String, String> kv = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("keyring header line " + (i + 1) + " is not key=value");
            }
            kv.put(line.substring(0, eq), line.substring(eq + 1));
        }
        try {
            Source source = Source.valueOf(required(kv, "source"));
            KdfParameters kdf = null;
            if (kv.containsKey("kdf")) {
                Map<String, String> p = new LinkedHashMap<>();
                String[] parts = kv.get("kdf").split(";");
                if (!parts[0].equals("argon2id")) {
                    throw new IllegalArgumentException("keyring header kdf must be argon2id, was " + parts[0]);
                }
                for (int i = 1; i < parts.length; i++) {
                    String[] pv = parts[i].split("=", 2);
                    p.put(pv[0], pv[1]);
                }
                kdf = KdfParameters.decoded(
                        Integer.parseInt(required(p, "m")),
                        Integer.parseInt(required(p, "t")),
                        Integer.parseInt(required(p, "p")));
            }
            Base64.Decoder d = Base64.getDecoder();
            return new KeyringHeader(
                    source,
                    kdf,
                    d.decode(required(kv, "salt")),
                    d.decode(required(kv, "keycheck")),
                    required(kv, "kek"),
                    d.decode(required(kv, "root")));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | NullPointerException e) {
            throw new IllegalArgumentException("malformed keyring header: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> kv, String key) {
        String v = kv.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyringHeader h && java.util.Arrays.equals(h.encode(), encode());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "KeyringHeader[" + source + ", " + kdf + ", kek " + kekId + "]";
    }
}
