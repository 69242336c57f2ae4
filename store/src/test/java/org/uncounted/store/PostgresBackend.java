package org.uncounted.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.uncounted.security.keys.KdfParameters;

/**
 * PostgreSQL from {@code UNCOUNTED_TEST_PG_URL} (default: the local server with trust auth),
 * one fresh schema per backend, dropped on close.
 */
final class PostgresBackend implements Backend {
    static final String URL = System.getenv()
            .getOrDefault("UNCOUNTED_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private static final SplittableRandom RANDOM = new SplittableRandom();
    private static final List<String> CREATED = new ArrayList<>();
    private final String schema;

    PostgresBackend() {
        synchronized (RANDOM) {
            schema = "t_" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
        }
    }

    /** Null if reachable, else why not (the tests then skip and say so). */
    static String unreachableReason() {
        try (Connection c = DriverManager.getConnection(URL)) {
            return c.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return "PostgreSQL not reachable at " + URL.replaceAll("password=[^&]*", "password=***") + " ("
                    + e.getSQLState() + "): set UNCOUNTED_TEST_PG_URL to run the PostgreSQL contract tests";
        }
    }

    @Override
    public CaseStore create() {
        CREATED.add(schema);
        return CaseStore.createOnServer(URL, schema, PASSPHRASE, KdfParameters.forTestsOnly());
    }

    @Override
    public CaseStore reopen(char[] passphrase) {
        return CaseStore.open(URL, schema, passphrase);
    }

    @Override
    public Backend fresh() {
        return new PostgresBackend();
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(URL);
                var st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }

    @Override
    public byte[] rawBytes() {
        var out = new java.io.ByteArrayOutputStream();
        try (Connection c = DriverManager.getConnection(URL);
                var st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = st.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                try (var rs = st.executeQuery("SELECT t::text FROM " + schema + "." + t + " t")) {
                    while (rs.next()) out.writeBytes(rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump test schema " + schema, e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "PostgreSQL schema " + schema;
    }
}
