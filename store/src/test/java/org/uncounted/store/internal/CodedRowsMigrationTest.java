package org.uncounted.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.uncounted.store.EventSummary;

/**
 * Migration V4 turns the one-row-per-event and one-row-per-grant tables of older stores into one
 * coded row per case, with the same rules as {@link CodedRows}; checked on H2 and (when reachable)
 * PostgreSQL by reading the converted rows back through the store's own queries.
 */
class CodedRowsMigrationTest {
    private static final String PG = System.getenv()
            .getOrDefault("UNCOUNTED_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    @Test
    void migrateV4_oldEventAndConsentRows_becomeOneCodedRowPerCase_onH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:v4" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        check(ds, "h2", null);
    }

    @Test
    void migrateV4_oldEventAndConsentRows_becomeOneCodedRowPerCase_onPostgres() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG)) {
            assumeTrue(c.isValid(2), "PostgreSQL not reachable at UNCOUNTED_TEST_PG_URL");
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL not reachable (" + e.getSQLState() + "): set UNCOUNTED_TEST_PG_URL");
        }
        String schema = "t_v4_" + Long.toHexString(System.nanoTime());
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(PG);
        try (Connection c = ds.getConnection();
                var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        ds.setCurrentSchema(schema);
        try {
            check(ds, "postgresql", schema);
        } finally {
            try (Connection c = DriverManager.getConnection(PG);
                    var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static Flyway flyway(javax.sql.DataSource ds, String dialect, String schema, String target) {
        var f = Flyway.configure()
                .dataSource(ds)
                .locations(
                        "classpath:db/migration/common", "classpath:db/migration/" + dialect.toLowerCase(Locale.ROOT))
                .failOnMissingLocations(false)
                .target(target);
        if (schema != null) f = f.schemas(schema).defaultSchema(schema);
        return f.load();
    }

    private static void check(javax.sql.DataSource ds, String dialect, String schema) {
        flyway(ds, dialect, schema, "3").migrate();
        Jdbi jdbi = Jdbi.create(ds);
        jdbi.useHandle(h -> {
            h.execute(
                    "INSERT INTO sources (id, name, descriptor, created_at) VALUES (7, 'ngo', ?, CURRENT_TIMESTAMP)",
                    new byte[] {1});
            for (long id : new long[] {1, 2}) {
                h.execute(
                        "INSERT INTO cases (id, source_id, source_record_id, revision, purged, created_by,"
                                + " consent_mask, event_count, imported_at) VALUES (?, 7, ?, 1, FALSE, 'op', 0, 2,"
                                + " CURRENT_TIMESTAMP)",
                        id,
                        "r" + id);
            }
            String ins = "INSERT INTO events (id, case_id, source_id, asserted_by, reliability, type, year_from,"
                    + " year_to, date_precision, country, province, exploitation_type, price_amount, price_currency,"
                    + " price_year) VALUES (?, ?, 7, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            // stored out of position order on purpose: the migration orders by the old id
            h.execute(
                    ins,
                    1025L,
                    1L,
                    "odd,id;with\\marks",
                    "",
                    "resale",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            h.execute(
                    ins,
                    1024L,
                    1L,
                    "ngo-1",
                    "high",
                    "sale",
                    2001,
                    2002,
                    "year",
                    "CN",
                    "CN-JL",
                    "forced_marriage",
                    new BigDecimal("1500.5"),
                    "CNY",
                    2001);
            h.execute(ins, 2048L, 2L, null, null, "escape", 2010, 2010, "month", "CN", null, null, null, null, null);
            String con = "INSERT INTO consents (id, case_id, purpose, partner, given_on, withdrawn_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";
            h.execute(con, 65L, 1L, "analyse", null, "2020-01-01", "2021-02-03");
            h.execute(con, 64L, 1L, "store", "partner;x", "2020-01-01", null);
        });
        flyway(ds, dialect, schema, "4").migrate();

        jdbi.useHandle(h -> {
            CaseQueries q = new CaseQueries(h, null);
            List<EventSummary> one = q.events(1);
            assertThat(one)
                    .containsExactly(
                            new EventSummary(
                                    1,
                                    0,
                                    "sale",
                                    "ngo-1",
                                    "high",
                                    2001,
                                    2002,
                                    "year",
                                    "CN",
                                    "CN-JL",
                                    "forced_marriage",
                                    new BigDecimal("1500.50"),
                                    "CNY",
                                    2001),
                            new EventSummary(
                                    1,
                                    1,
                                    "resale",
                                    "odd,id;with\\marks",
                                    "",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
            assertThat(q.events(2))
                    .containsExactly(new EventSummary(
                            2, 0, "escape", null, null, 2010, 2010, "month", "CN", null, null, null, null, null));
            assertThat(q.events(3)).isEmpty();
            assertThat(q.statistics().eventsByType())
                    .containsEntry("sale", 1L)
                    .containsEntry("resale", 1L)
                    .containsEntry("escape", 1L);
            String consents = h.createQuery("SELECT coded FROM consents WHERE case_id = 1")
                    .mapTo(String.class)
                    .one();
            List<String[]> grants = CodedRows.decode(consents, CaseRow.ConsentRow.FIELDS);
            assertThat(grants).hasSize(2);
            assertThat(grants.get(0)).containsExactly("store", "partner;x", "2020-01-01", null);
            assertThat(grants.get(1)).containsExactly("analyse", null, "2020-01-01", "2021-02-03");
        });
    }
}
