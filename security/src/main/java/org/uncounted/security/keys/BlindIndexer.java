package org.uncounted.security.keys;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import org.uncounted.model.SensitiveText;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.internal.Hkdf;

/**
 * Keyed blind indexes for exact-match lookups on encrypted values (linkage blocking keys):
 * HMAC-SHA256 of the normalised value under a per-domain key, truncated to
 * {@value #INDEX_BYTES} bytes and hex-encoded.
 *
 * <p>Equal values in the same domain give equal indexes (that is the point, and the leak: an
 * observer of the index column sees which rows share a value, and frequencies). Different domains
 * ({@code "name.hangul"}, {@code "phone"}) use independent keys, so indexes never match across
 * fields. Without the key, an index reveals nothing and cannot be brute-forced offline.
 */
public final class BlindIndexer {
    /** 128 bits: collisions are negligible for any realistic table, and half the HMAC is still secret-keyed. */
    public static final int INDEX_BYTES = 16;

    private static final SensitiveText.Access ACCESS =
            SensitiveText.Access.grantedTo("security: keyed blind index for exact-match lookup");

    private final byte[] rootKey;
    private final Map<String, byte[]> domainKeys = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(java.util.HashMap::new);

    BlindIndexer(byte[] rootKey) {
        this.rootKey = rootKey.clone();
    }

    /** The blind index of {@code value} after {@link #normalise}. */
    public String index(String domain, String value) {
        return indexNormalised(domain, normalise(value));
    }

    /** The blind index of identifying text after {@link #normalise}; the text is read only here. */
    public String index(String domain, SensitiveText value) {
        return index(domain, value.reveal(ACCESS));
    }

    /** The blind index of a value the caller has already normalised (e.g. by a linkage key function). */
    public String indexNormalised(String domain, String normalised) {
        return indexUtf8(domain, normalised.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #indexNormalised} for a value already encoded as UTF-8 (the same index: e.g. a
     * canonical JSON document, without decoding it to a String and encoding it again).
     */
    public String indexUtf8(String domain, byte[] utf8) {
        Ids.require("domain", domain);
        byte[] key = domainKeys.computeIfAbsent(domain, d -> Hkdf.derive(rootKey, "uncounted/blind-index/" + d, 32));
        Mac m = macs.get().computeIfAbsent(domain, d -> Hkdf.hmacSha256(key));
        byte[] mac = m.doFinal(utf8);
        String out = Bytes.hex(Arrays.copyOf(mac, INDEX_BYTES));
        Bytes.zero(mac);
        return out;
    }

    /** Unicode NFKC, lower case (root locale), trimmed, inner whitespace collapsed to one space. */
    public static String normalise(String value) {
        String n = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return "BlindIndexer[" + domainKeys.size() + " domains]";
    }
}
