package org.uncounted.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.Simulator;

/**
 * How fast can the embedded store write the rows of an imported record at all? Issue 2's import
 * target (20,000 records/s on 2 cores) leaves one transaction's single writing thread 50 µs of
 * wall time per record. This benchmark measures what H2 alone needs for the rows a record becomes,
 * with nothing else running: no parsing, no validation, no encoding, no key generation, no
 * sealing, no MAC.
 *
 * <p>It first imports a small simulated population with the real importer and reads the average
 * row sizes back (sealed document, coded events and consents, blind-index tokens per case, wrapped
 * key). Then, into a fresh embedded store (same schema, same {@code CIPHER=AES} file encryption on
 * the JDK's AES), it inserts {@code --records N} synthetic records of exactly those sizes, with
 * plain JDBC batches of 1,000 in one transaction, the ids in the order the importer uses. It
 * prints the CPU time of the inserting thread per record and the wall time, once for the case row
 * alone and once for all rows.
 *
 * <p>Arguments: {@code --records N} (default 267,248, the 1M-women import), {@code --work DIR}.
 */
public final class H2FloorBenchmark {
    private static final char[] PASSPHRASE = "benchmark passphrase".toCharArray();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Average sizes of one record's rows, read from a store the real importer wrote. */
    record Shape(int document, int events, int consents, double tokensPerCase, int wrapped) {}

    public static void main(String[] args) throws Exception {
        int records = 267_248;
        Path work = Path.of("bench-out");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--records" -> records = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Shape shape = shape(work);
        System.out.printf(
                "row sizes from a real import: sealed document %,d B, coded events %,d chars, consents %,d chars,"
                        + " %.2f blind-index tokens per case, wrapped key %,d B%n",
                shape.document(), shape.events(), shape.consents(), shape.tokensPerCase(), shape.wrapped());
        for (boolean all : new boolean[] {false, true}) {
            Path dir = work.resolve("floor-" + System.nanoTime());
            try (CaseStore store = CaseStore.createEmbedded(dir, PASSPHRASE)) {
                int n = records;
                long cpu0 = ImportBenchmark.processCpuNanos();
                long[] t = store.inTransaction(h -> insert(h.getConnection(), n, shape, all));
                double process = (ImportBenchmark.processCpuNanos() - cpu0) / 1e3 / n;
                System.out.printf(
                        "%-44s %,d records: inserting thread %.1f µs CPU per record, all threads %.1f µs,"
                                + " wall %.1f µs per record (%,.0f records/s)%n",
                        all ? "all rows (case, events, consents, tokens, key)" : "the case row alone",
                        n,
                        t[0] / 1e3 / n,
                        process,
                        t[1] / 1e3 / n,
                        n / (t[1] / 1e9));
            }
            delete(dir);
        }
        System.out.printf(
                "budget at 20,000 records/s on %d cores: 50 µs of wall time per record, %d µs of CPU for everything%n",
                Runtime.getRuntime().availableProcessors(),
                50 * Runtime.getRuntime().availableProcessors());
    }

    /** Imports 20,000 simulated women with the real importer and measures their rows. */
    static Shape shape(Path work) throws Exception {
        Path sim = work.resolve("floor-simulation");
        if (!Files.isDirectory(sim.resolve("organisations"))) {
            Simulator.run(SimulationSettings.of(20_000, 1), sim, SimulationProgress.NONE);
        }
        Path dir = work.resolve("floor-shape-" + System.nanoTime());
        try (CaseStore store = CaseStore.createEmbedded(dir, PASSPHRASE)) {
            try (var files = Files.list(sim.resolve("organisations"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    store.asOperator().importJson(f, null, Progress.NONE);
                }
            }
            return store.inTransaction(h -> {
                double cases = h.createQuery("SELECT COUNT(*) FROM cases")
                        .mapTo(Long.class)
                        .one();
                return new Shape(
                        avg(h, "SELECT AVG(OCTET_LENGTH(document)) FROM cases"),
                        avg(h, "SELECT AVG(LENGTH(coded)) FROM events"),
                        avg(h, "SELECT AVG(LENGTH(coded)) FROM consents"),
                        h.createQuery("SELECT COUNT(*) FROM blind_indexes")
                                        .mapTo(Long.class)
                                        .one()
                                / cases,
                        avg(h, "SELECT AVG(OCTET_LENGTH(wrapped)) FROM wrapped_keys WHERE kind = 'CASE'"));
            });
        } finally {
            delete(dir);
        }
    }

    private static int avg(org.jdbi.v3.core.Handle h, String sql) {
        Double d = h.createQuery(sql).mapTo(Double.class).one();
        return d == null ? 0 : (int) Math.round(d);
    }

    /** Inserts {@code n} records; returns {inserting thread CPU ns, wall ns}. */
    static long[] insert(Connection c, int n, Shape s, boolean all) {
        SplittableRandom r = new SplittableRandom(1);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        HexFormat hex = HexFormat.of();
        byte[] document = new byte[s.document()];
        byte[] sha = new byte[32];
        byte[] wrapped = new byte[s.wrapped()];
        byte[] mac = new byte[32];
        String events = "x".repeat(s.events());
        String consents = "y".repeat(s.consents());
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        try (PreparedStatement cs = c.prepareStatement("INSERT INTO cases (id, source_id, source_record_id, revision,"
                        + " purged, created_by, content_mac, document, document_sha256, sex, birth_year,"
                        + " age_at_crossing, origin_province, current_status, possibly_in_china, reliability,"
                        + " consent_mask, event_count, imported_at)"
                        + " VALUES (?, 1, ?, 1, FALSE, 'import', ?, ?, ?, 'female', 1985, 22, 'KP-09', 'in-china',"
                        + " TRUE, NULL, 3, 6, ?)");
                PreparedStatement ev =
                        c.prepareStatement("INSERT INTO events (case_id, source_id, coded) VALUES (?, 1, ?)");
                PreparedStatement co = c.prepareStatement("INSERT INTO consents (case_id, coded) VALUES (?, ?)");
                PreparedStatement bi = c.prepareStatement(
                        "INSERT INTO blind_indexes (id, case_id, field, token) VALUES (?, ?, 'name.hang', ?)");
                PreparedStatement wk = c.prepareStatement("INSERT INTO wrapped_keys (kind, owner_id, kek_id, wrapped,"
                        + " created_at) VALUES ('CASE', ?, 'master', ?, ?)")) {
            c.createStatement()
                    .execute("INSERT INTO sources (id, name, descriptor, created_at)"
                            + " VALUES (1, 'floor', X'00', CURRENT_TIMESTAMP)");
            List<String[]> tokens = new ArrayList<>();
            double tokenDebt = 0;
            for (int i = 1; i <= n; i++) {
                r.nextBytes(document);
                r.nextBytes(sha);
                r.nextBytes(mac);
                cs.setLong(1, i);
                cs.setString(2, String.format("record-%07d", i));
                cs.setString(3, hex.formatHex(mac));
                cs.setBytes(4, document);
                cs.setBytes(5, sha);
                cs.setObject(6, now);
                cs.addBatch();
                if (all) {
                    ev.setLong(1, i);
                    ev.setString(2, events);
                    ev.addBatch();
                    co.setLong(1, i);
                    co.setString(2, consents);
                    co.addBatch();
                    r.nextBytes(wrapped);
                    wk.setString(1, Long.toString(i));
                    wk.setBytes(2, wrapped);
                    wk.setObject(3, now);
                    wk.addBatch();
                    int k = 0;
                    for (tokenDebt += s.tokensPerCase(); tokenDebt >= 1; tokenDebt--) {
                        r.nextBytes(mac);
                        tokens.add(new String[] {Long.toString(i * 64L + k++), Long.toString(i), hex.formatHex(mac)});
                    }
                }
                if (i % 1000 == 0 || i == n) {
                    cs.executeBatch();
                    if (all) {
                        ev.executeBatch();
                        co.executeBatch();
                        wk.executeBatch();
                        tokens.sort(java.util.Comparator.comparing(t -> t[2])); // as CaseWriter does
                        for (String[] t : tokens) {
                            bi.setLong(1, Long.parseLong(t[0]));
                            bi.setLong(2, Long.parseLong(t[1]));
                            bi.setString(3, t[2]);
                            bi.addBatch();
                        }
                        bi.executeBatch();
                        tokens.clear();
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new long[] {THREADS.getCurrentThreadCpuTime() - cpu0, System.nanoTime() - wall0};
    }

    /** Deletes a benchmark's store directory and everything in it (nothing if it is gone). */
    static void delete(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
