package org.uncounted.store.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.store.internal.Database;

/**
 * The store's H2 file runs on the JDK's AES, stays readable by H2's own implementation, and large
 * query results that H2 spills to temporary files are encrypted with it.
 */
class H2EncryptionTest {
    private static final byte[] FILE_KEY = HexFormat.of().parseHex("0123456789abcdef".repeat(4));
    private static final String PASSWORD = HexFormat.of().formatHex(FILE_KEY);

    @TempDir
    Path dir;

    @Test
    void openStore_runsOnJdkAes_andH2sOwnAesReadsWhatItWrote() throws Exception {
        try (Database db = Database.openH2(dir, FILE_KEY, true)) {
            assertThat(db.fileEncryptionAccelerated())
                    .as("JDK AES installed in H2's file")
                    .isTrue();
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE probe (id INT PRIMARY KEY, v VARCHAR(100))");
                h.execute("INSERT INTO probe SELECT \"X\", 'Kim Young-hee ' || \"X\" FROM SYSTEM_RANGE(1, 20000)");
            });
        }
        String raw = new String(Files.readAllBytes(dir.resolve("cases.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("H2encrypt\n").doesNotContain("Young-hee");
        String url = "jdbc:h2:file:" + dir.resolve("cases").toAbsolutePath()
                + ";CIPHER=AES;IFEXISTS=TRUE;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "uncounted", PASSWORD + " " + PASSWORD);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(v) FROM probe")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(20000);
            assertThat(rs.getString(2)).isEqualTo("Kim Young-hee 9999");
        }
    }

    @Test
    void largeSortedResult_spillsToAnEncryptedTempFile_andReadsBackRight() throws Exception {
        System.setProperty("uncounted.h2.options", ";MAX_MEMORY_ROWS=1000");
        try (Database db = Database.openH2(dir, FILE_KEY, true)) {
            assertThat(db.fileEncryptionAccelerated()).isTrue();
            String marker = "SURVIVOR-" + System.nanoTime() + "-";
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(100))");
                h.execute("INSERT INTO t SELECT \"X\", '" + marker
                        + "' || LPAD(\"X\", 6, '0') FROM SYSTEM_RANGE(1, 200000)");
                try (Statement st = h.getConnection().createStatement();
                        ResultSet rs = st.executeQuery("SELECT v, REPEAT('x', 200) FROM t ORDER BY v DESC")) {
                    int n = 0;
                    String previous = null;
                    while (rs.next()) {
                        if (n == 0)
                            assertThat(tempFiles(marker))
                                    .as("temp files holding the text in clear")
                                    .isZero();
                        String v = rs.getString(1);
                        if (previous != null) assertThat(v).isLessThan(previous);
                        previous = v;
                        n++;
                    }
                    assertThat(n).isEqualTo(200000);
                }
            });
        } finally {
            System.clearProperty("uncounted.h2.options");
        }
    }

    /** H2 temp files ({@code h2tmp*.temp.db} in java.io.tmpdir) that hold {@code marker} in clear. */
    private static int tempFiles(String marker) throws IOException {
        int n = 0;
        int seen = 0;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String f = p.getFileName().toString();
                if (!f.startsWith("h2tmp") || !f.endsWith(".temp.db")) continue;
                seen++;
                String raw = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                if (raw.contains(marker)) n++;
            }
        }
        assertThat(seen).as("the query spilled to a temp file").isPositive();
        return n;
    }
}
