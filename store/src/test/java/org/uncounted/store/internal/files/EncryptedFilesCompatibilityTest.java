package org.uncounted.store.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK-AES file channel writes exactly H2's {@code CIPHER=AES} format: what one writes the
 * other reads, for random writes at unaligned positions and for whole databases.
 */
class EncryptedFilesCompatibilityTest {
    private static final String HEX = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final byte[] PASSWORD = EncryptedFilePath.passwordBytes(HEX.toCharArray());

    @TempDir
    Path dir;

    @Test
    void randomWrites_oursThenH2_readTheSame() throws Exception {
        long seed = 20261129L;
        Path file = dir.resolve("a.bin");
        byte[] expected;
        try (FileChannel ours = new EncryptedFileChannel("a", PASSWORD, open(file))) {
            expected = writeRandomly(ours, new SplittableRandom(seed), false);
        }
        try (FileChannel h2 = new FileEncrypt("a", PASSWORD.clone(), open(file))) {
            assertThat(h2.size()).isEqualTo(expected.length);
            assertThat(readAll(h2)).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void randomWrites_h2ThenOurs_readTheSame() throws Exception {
        long seed = 7L;
        Path file = dir.resolve("b.bin");
        byte[] expected;
        try (FileChannel h2 = new FileEncrypt("b", PASSWORD.clone(), open(file))) {
            expected = writeRandomly(h2, new SplittableRandom(seed), true);
        }
        try (FileChannel ours = new EncryptedFileChannel("b", PASSWORD, open(file))) {
            assertThat(ours.size()).isEqualTo(expected.length);
            assertThat(readAll(ours)).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void fileOnDisk_holdsNoPlaintext() throws Exception {
        Path file = dir.resolve("c.bin");
        byte[] text = "Kim Young-hee 김영희 Hyesan".repeat(500).getBytes(StandardCharsets.UTF_8);
        try (FileChannel ours = new EncryptedFileChannel("c", PASSWORD, open(file))) {
            ours.write(ByteBuffer.wrap(text), 100);
        }
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("H2encrypt\n").doesNotContain("Young-hee").doesNotContain("Hyesan");
    }

    @Test
    void database_writtenByH2Cipher_opensUnderOurScheme_andBack() throws Exception {
        Path db = dir.resolve("cases");
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + db.toAbsolutePath() + ";CIPHER=AES", "u", HEX + " pw");
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(100))");
            st.execute("INSERT INTO t SELECT X, 'row ' || X FROM SYSTEM_RANGE(1, 20000)");
        }
        String handle = EncryptedFilePath.register(PASSWORD);
        try {
            String ours = "jdbc:h2:" + EncryptedFilePath.prefix(handle) + db.toAbsolutePath() + ";IFEXISTS=TRUE";
            try (Connection c = DriverManager.getConnection(ours, "u", "pw");
                    Statement st = c.createStatement()) {
                assertThat(count(st)).isEqualTo(20000);
                st.execute("INSERT INTO t SELECT X, 'more ' || X FROM SYSTEM_RANGE(20001, 30000)");
            }
        } finally {
            EncryptedFilePath.forget(handle);
        }
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + db.toAbsolutePath() + ";CIPHER=AES;IFEXISTS=TRUE", "u", HEX + " pw");
                Statement st = c.createStatement()) {
            assertThat(count(st)).isEqualTo(30000);
        }
    }

    private static int count(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static FileChannel open(Path p) throws Exception {
        return FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /**
     * Writes random bytes at random places up to the end, mirrored in memory; returns the content.
     * H2's own class mishandles unaligned writes inside a file whose size is unaligned (it zeroes
     * the next sector), which MVStore never does: it writes whole 4 KiB sectors, so H2 gets those.
     */
    private static byte[] writeRandomly(FileChannel f, SplittableRandom r, boolean wholeSectors) throws Exception {
        byte[] mirror = new byte[0];
        for (int i = 0; i < 60; i++) {
            // H2's FileEncrypt does not write past the end (MVStore never leaves holes), so neither do we here
            int pos = r.nextInt(0, mirror.length + 1);
            int len = r.nextInt(1, 3) == 1 ? 4096 * r.nextInt(1, 4) : r.nextInt(1, 10000);
            if (wholeSectors || r.nextInt(4) == 0) pos = pos / 4096 * 4096;
            if (wholeSectors) len = 4096 * r.nextInt(1, 4);
            byte[] data = new byte[len];
            r.nextBytes(data);
            f.write(ByteBuffer.wrap(data), pos);
            if (pos + len > mirror.length) mirror = Arrays.copyOf(mirror, pos + len);
            System.arraycopy(data, 0, mirror, pos, len);
        }
        return mirror;
    }

    private static byte[] readAll(FileChannel f) throws Exception {
        ByteBuffer b = ByteBuffer.allocate((int) f.size());
        long pos = 0;
        while (b.hasRemaining()) {
            int n = f.read(b, pos);
            if (n < 0) break;
            pos += n;
        }
        return b.array();
    }
}
