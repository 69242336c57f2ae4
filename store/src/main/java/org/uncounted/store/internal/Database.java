package org.uncounted.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.uncounted.store.internal.files.H2Encryption;

/**
 * Opens the database behind a store: an embedded, file-encrypted H2 database or a PostgreSQL
 * server; migrates its schema with Flyway; configures JDBI so that no bound value (possibly a
 * ciphertext, never plaintext testimony, but still) is ever rendered into an exception message.
 */
public final class Database implements AutoCloseable {
    /** Name of the H2 database file (without the {@code .mv.db} suffix) inside a data directory. */
    public static final String H2_FILE = "cases";

    private final Jdbi jdbi;
    private final JdbcConnectionPool pool;
    private final Dialect dialect;
    private final String schema;

    private Database(Jdbi jdbi, JdbcConnectionPool pool, Dialect dialect, String schema) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.dialect = dialect;
        this.schema = schema;
    }

    /** The SQL dialect of the database (a few statements differ between H2 and PostgreSQL). */
    public enum Dialect {
        H2,
        POSTGRESQL
    }

    /**
     * Opens (or, with {@code create}, creates) the encrypted H2 file in {@code dir}. The file
     * password is the hex form of {@code fileKey}; it exists only in memory.
     */
    public static Database openH2(Path dir, byte[] fileKey, boolean create) {
        Path file = dir.resolve(H2_FILE);
        if (!create && !Files.exists(dir.resolve(H2_FILE + ".mv.db"))) {
            throw new IllegalStateException("no database file in " + dir);
        }
        JdbcDataSource ds = new JdbcDataSource();
        // Tuning options (benchmarks): -Duncounted.h2.options=";NAME=value..." is appended, and
        // replaces the defaults below of the same name.
        String options = System.getProperty("uncounted.h2.options", "");
        StringBuilder url = new StringBuilder("jdbc:h2:file:" + file.toAbsolutePath()
                + ";CIPHER=AES;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                // the application closes the store (the web server from its shutdown hook, after
                // flushing audit entries); H2's own hook would race it and close the database first
                + ";DB_CLOSE_ON_EXIT=FALSE");
        for (String d : new String[] {"CACHE_SIZE=262144", "MAX_COMPACT_TIME=2000"}) {
            if (!options.toUpperCase(java.util.Locale.ROOT).contains(";" + d.substring(0, d.indexOf('=') + 1))) {
                url.append(';').append(d);
            }
        }
        ds.setURL(url + options + (create ? "" : ";IFEXISTS=TRUE"));
        String hex = HexFormat.of().formatHex(fileKey);
        // H2 splits the password field into "<file password> <user password>".
        ds.setUser("uncounted");
        ds.setPassword(hex + " " + hex);
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(4);
        Database db = migrate(pool, Dialect.H2, null);
        // H2's file encryption with the AES on the JDK (AES-NI) instead of H2's Java AES: same
        // file, about ten times faster AES (files/H2Encryption). -Duncounted.h2.cipher=h2 keeps H2's.
        if (!"h2".equals(System.getProperty("uncounted.h2.cipher"))) {
            char[] password = hex.toCharArray();
            db.jdbi.useHandle(
                    h -> H2Encryption.accelerate(h.getConnection(), dir.resolve(H2_FILE + ".mv.db"), password));
            java.util.Arrays.fill(password, '\0');
        }
        return db;
    }

    /** True if the embedded file's AES runs on the JDK (see {@link H2Encryption}); false for PostgreSQL. */
    public boolean fileEncryptionAccelerated() {
        return dialect == Dialect.H2 && jdbi.withHandle(h -> H2Encryption.accelerated(h.getConnection()));
    }

    /**
     * Opens a PostgreSQL database by JDBC URL; {@code schema} (nullable) selects a schema of its
     * own, created when missing (the contract tests use one per test class).
     */
    public static Database openPostgres(String jdbcUrl, String schema) {
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setURL(jdbcUrl);
        if (schema != null) {
            try (var c = ds.getConnection();
                    var st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + checkedIdentifier(schema));
            } catch (SQLException e) {
                throw new org.uncounted.store.StoreUnavailableException(
                        "cannot create schema " + schema + " (SQL state " + e.getSQLState() + ")");
            }
            ds.setCurrentSchema(schema);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(4);
        return migrate(pool, Dialect.POSTGRESQL, schema);
    }

    private static Database migrate(JdbcConnectionPool pool, Dialect dialect, String schema) {
        try {
            var flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations(
                            "classpath:db/migration/common",
                            "classpath:db/migration/" + dialect.name().toLowerCase(java.util.Locale.ROOT))
                    .failOnMissingLocations(false);
            if (schema != null) flyway = flyway.schemas(schema).defaultSchema(schema);
            flyway.load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        Jdbi jdbi = Jdbi.create((DataSource) pool);
        // The privacy catch (java-stack.md §3): never render bound values into exception messages.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(false);
        return new Database(jdbi, pool, dialect, schema);
    }

    static String checkedIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema name must be [a-z_][a-z0-9_]*: " + name);
        }
        return name;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The keyring header stored in the database (server stores only; embedded ones keep it in a file). */
    public java.util.Optional<byte[]> readKeyringHeader() {
        return jdbi.withHandle(h -> h.createQuery("SELECT header FROM keyring WHERE id = 1")
                .mapTo(byte[].class)
                .findOne());
    }

    /** Inserts or replaces the stored keyring header. */
    public void writeKeyringHeader(byte[] header) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM keyring WHERE id = 1");
            h.createUpdate("INSERT INTO keyring (id, header, updated_at) VALUES (1, :h, CURRENT_TIMESTAMP)")
                    .bind("h", header)
                    .execute();
        });
    }

    /** Drops the schema this database was opened with (PostgreSQL test schemas only). */
    public void dropSchema() {
        if (schema == null) throw new IllegalStateException("no schema of its own to drop");
        jdbi.useHandle(h -> h.execute("DROP SCHEMA " + checkedIdentifier(schema) + " CASCADE"));
    }

    @Override
    public void close() {
        if (dialect == Dialect.H2) {
            jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
        }
        pool.dispose();
    }
}
