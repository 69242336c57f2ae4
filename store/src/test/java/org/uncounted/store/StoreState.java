package org.uncounted.store;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts and a content hash of every table: equal states mean an operation wrote nothing. */
record StoreState(Map<String, Long> rows, String hash) {
    static final String[] TABLES = {
        "sources", "cases", "events", "consents", "blind_indexes", "wrapped_keys", "audit_log", "users", "user_roles"
    };

    static StoreState of(CaseStore store) {
        return store.inTransaction(h -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            MessageDigest md;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            for (String t : TABLES) {
                long[] n = {0};
                h.createQuery("SELECT * FROM " + t + " ORDER BY 1, 2")
                        .map((rs, ctx) -> {
                            int cols = rs.getMetaData().getColumnCount();
                            for (int c = 1; c <= cols; c++) {
                                Object v = rs.getObject(c);
                                md.update(
                                        (v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v))
                                                .getBytes());
                                md.update((byte) 0);
                            }
                            n[0]++;
                            return null;
                        })
                        .list();
                rows.put(t, n[0]);
            }
            return new StoreState(rows, HexFormat.of().formatHex(md.digest()));
        });
    }
}
