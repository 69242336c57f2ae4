package org.uncounted.store.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.vocab.Script;
import org.uncounted.security.keys.BlindIndexer;

/**
 * Exact-match lookup of cases by an identifying value through the keyed blind indexes: the value
 * is normalised and HMACed in memory ({@link BlindIndexer}), and only the resulting token is sent
 * to the database, matched against {@code blind_indexes (field, token)} (indexed). The plaintext,
 * and anything derived from it without the key, never leaves the process.
 */
public final class BlindLookup {
    /** The index domains the store writes (CaseProjection): a name per script, aliases, date of birth. */
    public static final Set<String> DOMAINS = domains();

    private BlindLookup() {}

    private static Set<String> domains() {
        Set<String> d = new TreeSet<>(List.of("alias", "date_of_birth"));
        for (Script s : Script.values()) d.add("name." + s.code());
        return Set.copyOf(d);
    }

    /**
     * Ids of live (not purged) cases with {@code value} in {@code domain}, ascending.
     *
     * @throws IllegalArgumentException if the domain is not one the store indexes
     */
    public static List<Long> find(Handle h, BlindIndexer blind, String domain, SensitiveText value) {
        if (!DOMAINS.contains(domain)) {
            throw new IllegalArgumentException(
                    "no blind index for field '" + domain + "'; indexed fields: " + new TreeSet<>(DOMAINS));
        }
        String token = blind.index(domain, value);
        return h.createQuery("SELECT DISTINCT b.case_id FROM blind_indexes b JOIN cases c ON c.id = b.case_id"
                        + " WHERE b.field = :field AND b.token = :token AND c.purged = FALSE ORDER BY b.case_id")
                .bind("field", domain)
                .bind("token", token)
                .mapTo(Long.class)
                .list();
    }
}
